package dev.careers.importer.imports;

import java.time.Duration;

import dev.careers.importer.uploads.UploadGroups;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * @param idleCompletionAfter an open import that received nothing for this long completes itself
 * @param idleCheckInterval how often open imports are checked for idleness
 * @param filesPerCommit the files of an upload request that go into the database in one transaction (ADR 0021)
 * @param bytesPerCommit a group is committed sooner once its files reach this size together
 */
@Validated
@ConfigurationProperties("careers.imports")
record ImportsProperties(Duration idleCompletionAfter, Duration idleCheckInterval, @Min(1) Integer filesPerCommit,
		DataSize bytesPerCommit) {

	ImportsProperties {
		idleCompletionAfter = idleCompletionAfter == null ? Duration.ofMinutes(30) : idleCompletionAfter;
		idleCheckInterval = idleCheckInterval == null ? Duration.ofMinutes(1) : idleCheckInterval;
		filesPerCommit = filesPerCommit == null ? 50 : filesPerCommit;
		bytesPerCommit = bytesPerCommit == null ? DataSize.ofMegabytes(32) : bytesPerCommit;
	}

	UploadGroups commitGroups() {
		return new UploadGroups(filesPerCommit, bytesPerCommit);
	}

}
