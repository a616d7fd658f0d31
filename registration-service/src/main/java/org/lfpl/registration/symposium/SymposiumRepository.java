package org.lfpl.registration.symposium;

import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface SymposiumRepository extends MongoRepository<Symposium, String> {

    List<Symposium> findByStatusIn(List<SymposiumStatus> statuses, Sort sort);
}
