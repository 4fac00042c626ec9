package org.govict;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Keeps the modules apart: a module may use another only through its public API (the types at its root) and
 * only where its package-info allows. Also writes the module diagram that the README links.
 */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(GovIctApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void writesTheModuleDiagram() {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
			.writeModulesAsPlantUml(Documenter.DiagramOptions.defaults())
			.writeModuleCanvases();
	}
}
