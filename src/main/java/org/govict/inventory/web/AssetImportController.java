package org.govict.inventory.web;

import java.io.IOException;
import java.util.Locale;

import org.govict.inventory.AssetImportResult;
import org.govict.inventory.AssetImports;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Registering assets from a spreadsheet, with the refused cells listed by row and column. */
@Controller
@PreAuthorize("hasAnyRole('IT_TECHNICIAN','SYSTEM_ADMIN')")
class AssetImportController {

	static final String VIEW = "inventory/import";

	/** An import file larger than this is refused before it is read. */
	static final long MAX_BYTES = 10L * 1024 * 1024;

	private final AssetImports imports;

	AssetImportController(AssetImports imports) {
		this.imports = imports;
	}

	@GetMapping("/inventory/imports")
	String form() {
		return VIEW;
	}

	@PostMapping("/inventory/imports")
	String upload(@RequestParam("file") MultipartFile file, Locale locale, Model model) throws IOException {
		if (file.isEmpty() || file.getSize() > MAX_BYTES) {
			model.addAttribute("fileError", file.isEmpty() ? "inventory.import.noFile" : "inventory.import.tooLarge");
			return VIEW;
		}
		AssetImportResult result = imports.importFile(file.getOriginalFilename(), file.getBytes(), locale);
		model.addAttribute("result", result);
		model.addAttribute("filename", file.getOriginalFilename());
		return VIEW;
	}
}
