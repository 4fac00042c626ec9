package org.govict.platform.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded PostgreSQL keeps its files, and on which port it listens (0 picks a free one).
 * Used only when no external database is configured with {@code GOVICT_DB_URL}.
 */
@ConfigurationProperties("govict.db.embedded")
public record DatabaseSettings(@DefaultValue("./data/postgres") Path dataDirectory, @DefaultValue("0") int port,
		@DefaultValue("false") boolean cleanOnStart) {
}
