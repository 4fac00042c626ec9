package org.govict.personnel;

import java.util.List;

/**
 * Why a row of an import file was refused: its row in the file (1 is the header), the column (a field key, the
 * unit code column, or the header text for a header that names no column; null for the row as a whole), the message
 * key and its arguments, and the value as it was in the file.
 */
public record ImportRefusal(long row, String column, String messageKey, List<Object> arguments, String value) {

	public ImportRefusal {
		arguments = arguments == null ? List.of() : List.copyOf(arguments);
	}
}
