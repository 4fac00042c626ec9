package org.govict.inventory.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.govict.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The catalogue gives each program, version and publisher one id, whichever inventory reports it first, and the
 * same id to every inventory that reports it, even at the same moment.
 */
@IntegrationTest
class SoftwareCatalogueKeepsEachProgramOnce {

	@Autowired
	SoftwareCatalogue catalogue;

	@Autowired
	JdbcClient jdbc;

	static List<AgentInventory.InstalledSoftware> programs(String mark, int count) {
		List<AgentInventory.InstalledSoftware> programs = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			programs.add(new AgentInventory.InstalledSoftware("Chương trình " + mark + " " + i, "1." + i,
					i % 2 == 0 ? "Công ty " + mark : null));
		}
		return programs;
	}

	@Test
	void theIdsAreSortedAndEachOnceAndStayTheSame() {
		String mark = UUID.randomUUID().toString();
		List<AgentInventory.InstalledSoftware> reported = new ArrayList<>(programs(mark, 40));
		reported.add(reported.get(3));

		long[] first = catalogue.ids(reported);
		List<AgentInventory.InstalledSoftware> otherOrder = programs(mark, 40);
		java.util.Collections.reverse(otherOrder);
		long[] again = catalogue.ids(otherOrder);

		assertThat(first).hasSize(40).isSorted().doesNotHaveDuplicates();
		assertThat(again).isEqualTo(first);
		assertThat(jdbc.sql("SELECT count(*) FROM inventory_software WHERE name LIKE ?")
			.param("Chương trình " + mark + " %")
			.query(Long.class)
			.single()).isEqualTo(40);
		assertThat(jdbc.sql("SELECT publisher FROM inventory_software WHERE name = ?")
			.param("Chương trình " + mark + " 1")
			.query(String.class)
			.single()).isEmpty();
	}

	@Test
	void inventoriesReportingTheSameNewProgramsAtOnceGetTheSameIds() throws Exception {
		String mark = UUID.randomUUID().toString();
		List<AgentInventory.InstalledSoftware> reported = programs(mark, 200);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Callable<long[]>> inventories = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				// Each inventory lists the programs in its own order, as each agent would.
				List<AgentInventory.InstalledSoftware> own = new ArrayList<>(reported);
				java.util.Collections.rotate(own, i * 25);
				inventories.add(() -> new SoftwareCatalogue(jdbc).ids(own));
			}
			List<long[]> answers = new ArrayList<>();
			for (Future<long[]> answer : pool.invokeAll(inventories)) {
				answers.add(answer.get());
			}
			assertThat(answers).allSatisfy(ids -> assertThat(ids).hasSize(200).isEqualTo(answers.get(0)));
		}
		finally {
			pool.shutdown();
		}
		assertThat(jdbc.sql("SELECT count(*) FROM inventory_software WHERE name LIKE ?")
			.param("Chương trình " + mark + " %")
			.query(Long.class)
			.single()).isEqualTo(200);
	}
}
