package org.lfpl.artefact;

import org.lfpl.testsupport.PlatformServiceConventions;
import org.lfpl.testsupport.UsePlatformInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsePlatformInfrastructure
class ArtefactServiceConventionsTest extends PlatformServiceConventions {

    @Override
    protected String apiPath() {
        // The library's reads are open to anonymous callers (PUBLIC artefacts); organisers' views are not.
        return "/api/v1/artefacts/symposia/any/without-artefact";
    }
}
