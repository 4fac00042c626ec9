package org.govict.platform.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded PostgreSQL when no external server is named by {@code GOVICT_DB_URL}. With an external
 * server, Spring Boot builds the pool itself from {@code spring.datasource.*}, which the variables feed.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
class DatabaseConfiguration {

	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(DatabaseSettings settings) {
		EmbeddedPostgres postgres = EmbeddedPostgresServer.startOrReuse(settings);
		HikariDataSource dataSource = DataSourceBuilder.create()
			.type(HikariDataSource.class)
			.url(postgres.getJdbcUrl("postgres", "postgres"))
			.username("postgres")
			.build();
		dataSource.setPoolName("govict");
		return dataSource;
	}

}
