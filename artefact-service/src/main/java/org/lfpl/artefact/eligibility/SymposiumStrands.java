package org.lfpl.artefact.eligibility;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A symposium's title and strand ids as last announced by registration-service. */
@Document("symposia")
record SymposiumStrands(@Id String symposiumId, String title, List<String> strandIds, Instant asOf) {}
