package org.govict.personnel.web;

import java.util.OptionalLong;

import jakarta.servlet.http.HttpServletRequest;
import org.govict.personnel.PersonnelImports;
import org.govict.platform.web.LargeUploads;
import org.springframework.stereotype.Component;

/** The upload of an import file may be as large as {@code govict.personnel.import-max-bytes} (2 GB by default). */
@Component
class ImportUploads implements LargeUploads {

	private final PersonnelImports imports;

	ImportUploads(PersonnelImports imports) {
		this.imports = imports;
	}

	@Override
	public OptionalLong maxBytes(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		boolean upload = "POST".equals(request.getMethod())
				&& ("/personnel/imports".equals(path) || "/api/v1/personnel/imports".equals(path));
		return upload ? OptionalLong.of(imports.maxBytes()) : OptionalLong.empty();
	}
}
