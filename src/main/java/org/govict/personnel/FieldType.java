package org.govict.personnel;

/** What a field of a record holds, which decides how it is entered, checked, stored and shown. */
public enum FieldType {

	TEXT, LONG_TEXT, DATE, INTEGER, DECIMAL,

	/** One of a fixed set of codes, named in the messages as {@code personnel.choice.<field>.<code>}. */
	CHOICE,

	/** A code from one of the registry's reference lists. */
	LIST,

	/** A province code from the reference areas. */
	PROVINCE,

	/** A ward code from the reference areas. */
	WARD,

	/** An organisation unit id. */
	UNIT,

	/** Rows of named columns (training, work history, family), stored as a JSON array of objects. */
	TABLE
}
