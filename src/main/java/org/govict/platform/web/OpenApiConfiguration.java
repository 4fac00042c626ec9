package org.govict.platform.web;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/** The API's description at /v3/api-docs: who it is for and how clients authenticate. */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "GovICT API", version = "v1",
		description = "The REST API of GovICT under /api/v1. Authenticate with a personal API token made on the account"
				+ " page (Authorization: Bearer gov_...). Every resource is limited to the caller's data scope. Errors"
				+ " are RFC 9457 problem details in the language of Accept-Language (vi or en); lists page with"
				+ " page and size.",
		license = @License(name = "Apache-2.0", url = "https://www.apache.org/licenses/LICENSE-2.0")),
		security = @SecurityRequirement(name = "apiToken"))
@SecurityScheme(name = "apiToken", type = SecuritySchemeType.HTTP, scheme = "bearer",
		description = "A personal API token, e.g. gov_3q2...")
class OpenApiConfiguration {
}
