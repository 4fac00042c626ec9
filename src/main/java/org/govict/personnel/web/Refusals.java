package org.govict.personnel.web;

import java.util.Set;

import org.govict.personnel.FieldRefusal;
import org.govict.personnel.RecordRefused;
import org.springframework.validation.BindingResult;

/** A refused record as the errors of a page's form, each next to its field. */
final class Refusals {

	private Refusals() {
	}

	/** Puts each refusal on its field when the form has one, else on the form as a whole. */
	static void bind(RecordRefused refused, BindingResult result, Set<String> formFields) {
		for (FieldRefusal r : refused.refusals()) {
			Object[] args = r.refusal().arguments().toArray();
			if (r.field() != null && formFields.contains(r.field())) {
				result.rejectValue(r.field(), r.refusal().messageKey(), args, r.refusal().messageKey());
			}
			else {
				result.reject(r.refusal().messageKey(), args, r.refusal().messageKey());
			}
		}
	}
}
