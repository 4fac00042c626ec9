package org.govict.inventory.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.govict.inventory.Asset;
import org.govict.organisation.OrganisationUnit;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The asset list as a spreadsheet, with the columns the import reads back. */
@Component
class AssetSheets {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	static final int MAX_ROWS = 20_000;

	static final String[] COLUMNS = { "kind", "name", "inventoryNumber", "serialNumber", "manufacturer", "model",
			"unit", "location", "status", "purchasedOn", "warrantyUntil", "retiredOn", "notes" };

	private final MessageSource messages;

	AssetSheets(MessageSource messages) {
		this.messages = messages;
	}

	byte[] xlsx(List<Asset> assets, Map<Long, OrganisationUnit> units, Locale locale) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(out, "GovICT", "1.0");
			Worksheet sheet = workbook.newWorksheet(m("inventory.assets.title", locale));
			for (int c = 0; c < COLUMNS.length; c++) {
				sheet.value(0, c, m("inventory.field." + COLUMNS[c], locale));
				sheet.style(0, c).bold().set();
			}
			int row = 1;
			for (Asset a : assets) {
				OrganisationUnit unit = units.get(a.ownerUnitId());
				sheet.value(row, 0, m("inventory.kind." + a.kind(), locale));
				sheet.value(row, 1, a.name());
				sheet.value(row, 2, a.inventoryNumber());
				sheet.value(row, 3, a.serialNumber());
				sheet.value(row, 4, a.manufacturer());
				sheet.value(row, 5, a.model());
				sheet.value(row, 6, unit == null ? String.valueOf(a.ownerUnitId()) : unit.code());
				sheet.value(row, 7, a.location());
				sheet.value(row, 8, m("inventory.status." + a.status(), locale));
				sheet.value(row, 9, a.purchasedOn() == null ? null : a.purchasedOn().toString());
				sheet.value(row, 10, a.warrantyUntil() == null ? null : a.warrantyUntil().toString());
				sheet.value(row, 11, a.retiredOn() == null ? null : a.retiredOn().toString());
				sheet.value(row, 12, a.notes());
				row++;
			}
			sheet.width(1, 40);
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private String m(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}
}
