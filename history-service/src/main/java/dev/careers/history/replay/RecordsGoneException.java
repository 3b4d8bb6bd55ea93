package dev.careers.history.replay;

import java.util.Map;

import org.apache.kafka.common.TopicPartition;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A rebuild refused before it changed anything: the topics' retention took records it needs. */
class RecordsGoneException extends ErrorResponseException {

	private RecordsGoneException(String detail) {
		super(HttpStatus.CONFLICT, problem(detail), null);
	}

	static RecordsGoneException withoutSnapshot(Map<TopicPartition, Long> trimmed) {
		Map.Entry<TopicPartition, Long> first = trimmed.entrySet().iterator().next();
		return new RecordsGoneException("The topics no longer hold their first records (" + first.getKey()
				+ " begins at offset " + first.getValue() + ", and " + (trimmed.size() - 1)
				+ " other partitions are trimmed too), and there is no snapshot of the read models to start from."
				+ " The read models were left as they are.");
	}

	static RecordsGoneException beforeSnapshot(TopicPartition partition, long beginning,
			ReadModelSnapshots.Snapshot snapshot) {
		return new RecordsGoneException(partition + " begins at offset " + beginning + ", but the snapshot of the read models"
				+ " taken at " + snapshot.takenAt() + " holds only the records before offset "
				+ snapshot.replayFrom(partition) + ": the records between are gone. The read models were left as they are.");
	}

	private static ProblemDetail problem(String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
		problem.setTitle("Events needed for the rebuild are gone");
		return problem;
	}

}
