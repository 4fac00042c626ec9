package org.govict.personnel.web;

import java.util.List;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.govict.personnel.PersonnelFields;
import org.govict.personnel.PersonnelFields.CustomField;
import org.govict.personnel.PersonnelFields.CustomFieldForm;
import org.govict.platform.web.ApiController;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The custom fields of the records: everyone reading records may list them, administrators change them. */
@ApiController("/api/v1/personnel/fields")
@Tag(name = "Personnel custom fields", description = "Fields administrators add to the data groups")
class FieldApi {

	private final PersonnelFields fields;

	FieldApi(PersonnelFields fields) {
		this.fields = fields;
	}

	@GetMapping
	List<CustomField> list() {
		return fields.list();
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	CustomField add(@RequestBody CustomFieldForm form) {
		return fields.add(form);
	}

	/** Changes labels, choices and whether required; group and type in the body are ignored. */
	@PutMapping("/{key}")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	CustomField change(@PathVariable String key, @RequestBody CustomFieldForm form) {
		return fields.update(key, form);
	}

	@PostMapping("/{key}/deactivate")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	CustomField deactivate(@PathVariable String key) {
		return fields.setActive(key, false);
	}

	@PostMapping("/{key}/reactivate")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	CustomField reactivate(@PathVariable String key) {
		return fields.setActive(key, true);
	}
}
