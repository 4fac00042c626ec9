package org.govict.platform.database;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where the embedded PostgreSQL keeps its files, on which port it listens (0 picks a free one), how much memory it
 * keeps for its buffer cache (empty: a quarter of the machine's memory, between 128 MB and 4 GB, the usual advice
 * for a server that has the machine to itself), and whether it is durable: a commit is on disk before it is
 * acknowledged (fsync and synchronous commit, PostgreSQL's own defaults). Only the tests, which start from an empty
 * database each time, turn durability off. Used only when no external database is configured with
 * {@code GOVICT_DB_URL}.
 */
@ConfigurationProperties("govict.db.embedded")
public record DatabaseSettings(@DefaultValue("./data/postgres") Path dataDirectory, @DefaultValue("0") int port,
		@DefaultValue("false") boolean cleanOnStart, DataSize sharedBuffers, @DefaultValue("true") boolean durable) {

	static final DataSize MIN_SHARED_BUFFERS = DataSize.ofMegabytes(128);

	static final DataSize MAX_SHARED_BUFFERS = DataSize.ofGigabytes(4);

	/** The buffer cache: as configured, or a quarter of the machine's memory within the limits. */
	public DataSize sharedBuffersOrDefault() {
		if (sharedBuffers != null) {
			return sharedBuffers;
		}
		long quarter = machineMemory() / 4;
		long megabytes = Math.max(MIN_SHARED_BUFFERS.toMegabytes(),
				Math.min(MAX_SHARED_BUFFERS.toMegabytes(), quarter / (1024 * 1024)));
		return DataSize.ofMegabytes(megabytes);
	}

	private static long machineMemory() {
		if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
			return os.getTotalMemorySize();
		}
		return MIN_SHARED_BUFFERS.toBytes() * 4;
	}
}
