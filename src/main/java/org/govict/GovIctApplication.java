package org.govict;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class GovIctApplication {

	public static void main(String[] args) {
		SpringApplication.run(GovIctApplication.class, args);
	}
}
