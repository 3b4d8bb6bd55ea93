package dev.careers.importer.documents;

import java.util.UUID;

import dev.careers.support.documents.DocumentStore;
import dev.careers.testsupport.TestInfrastructure;
import org.flywaydb.core.Flyway;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** A schema of its own on the test database, migrated step by step as the service's Flyway does, V7 writing to {@code store}. */
final class MigratedSchema {

	private final String name;

	private final DriverManagerDataSource dataSource;

	private final DocumentStore store;

	MigratedSchema(TestInfrastructure infrastructure, String prefix, DocumentStore store) {
		this.name = prefix + "_" + UUID.randomUUID().toString().replace("-", "");
		this.dataSource = new DriverManagerDataSource(TestInfrastructure.withSchema(infrastructure.jdbcUrl(), name),
				infrastructure.username(), infrastructure.password());
		this.store = store;
	}

	/** @param target a version, or {@code latest} */
	MigratedSchema migrateTo(String target) {
		Flyway.configure()
			.dataSource(dataSource)
			.schemas(name)
			.defaultSchema(name)
			.locations("classpath:db/migration")
			.javaMigrations(new V7__MoveDocumentContentToStore(store))
			.target(target)
			.load()
			.migrate();
		return this;
	}

	String name() {
		return name;
	}

	JdbcClient jdbc() {
		return JdbcClient.create(dataSource);
	}

}
