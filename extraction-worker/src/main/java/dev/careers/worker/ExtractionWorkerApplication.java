package dev.careers.worker;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Stateless consumers of {@code extraction.requests} and {@code extraction.requests.bulk}: PDF text, job pages, skills. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ExtractionWorkerApplication {

	public static void main(String[] args) {
		SpringApplication.run(ExtractionWorkerApplication.class, args);
	}

}
