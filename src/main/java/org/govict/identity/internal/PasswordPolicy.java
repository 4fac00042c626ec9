package org.govict.identity.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.passay.DefaultPasswordValidator;
import org.passay.PasswordData;
import org.passay.RuleResultDetail;
import org.passay.ValidationResult;
import org.passay.data.EnglishCharacterData;
import org.passay.rule.CharacterRule;
import org.passay.rule.LengthRule;
import org.passay.rule.UsernameRule;
import org.springframework.stereotype.Component;

/**
 * What a password must be: 10 to 128 characters, with a letter and a digit, and not containing the username.
 * Answers with message keys, so that the form says what is wrong in the user's language.
 */
@Component
public class PasswordPolicy {

	private final DefaultPasswordValidator validator = new DefaultPasswordValidator(new LengthRule(10, 128),
			new CharacterRule(EnglishCharacterData.Alphabetical, 1), new CharacterRule(EnglishCharacterData.Digit, 1),
			new UsernameRule(true, true));

	/** The message keys of the rules the password breaks; empty when it is acceptable. */
	public List<String> check(String username, String password) {
		ValidationResult result = validator.validate(new PasswordData(username, password));
		if (result.isValid()) {
			return List.of();
		}
		Set<String> keys = new LinkedHashSet<>();
		for (RuleResultDetail detail : result.getDetails()) {
			keys.add(switch (detail.getErrorCode()) {
				case LengthRule.ERROR_CODE_MIN -> "identity.password.tooShort";
				case LengthRule.ERROR_CODE_MAX -> "identity.password.tooLong";
				case UsernameRule.ERROR_CODE, UsernameRule.ERROR_CODE_REVERSED -> "identity.password.containsUsername";
				default -> "identity.password.needsLetterAndDigit";
			});
		}
		return List.copyOf(keys);
	}
}
