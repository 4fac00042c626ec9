package org.govict.reference.web;

import java.util.List;
import java.util.Map;

import org.govict.platform.web.ApiController;
import org.govict.platform.web.NotFoundException;
import org.govict.reference.AdministrativeAreas;
import org.govict.reference.Ward;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Vietnam's provinces and wards for other systems. */
@ApiController("/api/v1/areas")
class AreaApi {

	static final int SEARCH_LIMIT = 100;

	private final AdministrativeAreas areas;

	AreaApi(AdministrativeAreas areas) {
		this.areas = areas;
	}

	@GetMapping("/provinces")
	List<ProvinceResponse> provinces() {
		Map<String, Integer> counts = areas.wardCounts();
		return areas.provinces()
			.stream()
			.map(p -> new ProvinceResponse(p.code(), p.name(), p.kind(), counts.getOrDefault(p.code(), 0)))
			.toList();
	}

	@GetMapping("/provinces/{code}/wards")
	List<Ward> wards(@PathVariable String code) {
		areas.province(code).orElseThrow(() -> new NotFoundException("Province", code));
		return areas.wardsOf(code);
	}

	/** Wards by name, ignoring diacritics; without a name, the province's wards (or nothing, to keep it small). */
	@GetMapping("/wards")
	List<Ward> searchWards(@RequestParam(required = false) String q, @RequestParam(required = false) String province) {
		String chosen = province == null || province.isBlank() ? null : province;
		if (q == null || q.isBlank()) {
			return chosen == null ? List.of() : areas.wardsOf(chosen);
		}
		return areas.searchWards(q.strip(), chosen, SEARCH_LIMIT);
	}

	record ProvinceResponse(String code, String name, String kind, int wardCount) {
	}
}
