package dev.careers.importer;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Imports, applicants and their documents; publishes what happens through a transactional outbox. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class ImportServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(ImportServiceApplication.class, args);
	}

}
