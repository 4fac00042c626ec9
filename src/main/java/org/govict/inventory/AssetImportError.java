package org.govict.inventory;

/**
 * Why one cell of an import file was refused.
 *
 * @param row the row number as the spreadsheet shows it (1 is the header)
 * @param column the column's heading, or empty when the row as a whole is refused
 */
public record AssetImportError(long row, String column, String message) {
}
