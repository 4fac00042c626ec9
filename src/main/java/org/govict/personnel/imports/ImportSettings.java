package org.govict.personnel.imports;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of personnel imports.
 * @param importMaxBytes the largest import file accepted (a 2.5-million-row CSV is 500–700 MB)
 * @param importBatchRows rows checked and written together; a batch is also the unit of commit and resume
 */
@ConfigurationProperties("govict.personnel")
public record ImportSettings(@DefaultValue("2GB") DataSize importMaxBytes, @DefaultValue("5000") int importBatchRows) {
}
