package org.govict.feedback.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.xml.XmlMapper;
import tools.jackson.dataformat.xml.XmlWriteFeature;
import tools.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import tools.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import tools.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/**
 * The documents of Open311 GeoReport v2 and their two forms: in JSON a list is a bare array, in XML it is wrapped
 * in a root element ({@code services}, {@code service_requests}, {@code errors}) holding one element per item.
 * The rest of the platform keeps answering JSON only: these mappers serve this interface alone.
 */
enum Open311Format {

	JSON(MediaType.APPLICATION_JSON), XML(MediaType.APPLICATION_XML);

	private static final JsonMapper JSON_MAPPER = JsonMapper.builder().build();

	private static final XmlMapper XML_MAPPER = XmlMapper.builder()
		.enable(XmlWriteFeature.WRITE_XML_DECLARATION)
		.build();

	private final MediaType mediaType;

	Open311Format(MediaType mediaType) {
		this.mediaType = mediaType;
	}

	/** The format named by the path's extension, or failing that by the Accept header; JSON by default. */
	static Open311Format of(String extension, String accept) {
		if (extension != null) {
			return switch (extension.toLowerCase(java.util.Locale.ROOT)) {
				case "json" -> JSON;
				case "xml" -> XML;
				default -> null;
			};
		}
		return accept != null && accept.contains("xml") && !accept.contains("json") ? XML : JSON;
	}

	ResponseEntity<byte[]> body(HttpStatusCode status, Object json, Object xml) {
		byte[] bytes = this == JSON ? JSON_MAPPER.writeValueAsBytes(json) : XML_MAPPER.writeValueAsBytes(xml);
		return ResponseEntity.status(status)
			.contentType(new MediaType(mediaType, StandardCharsets.UTF_8))
			.body(bytes);
	}

	ResponseEntity<byte[]> services(List<Service> services) {
		return body(HttpStatusCode.valueOf(200), services, new Services(services));
	}

	ResponseEntity<byte[]> definition(ServiceDefinition definition) {
		return body(HttpStatusCode.valueOf(200), definition, definition);
	}

	ResponseEntity<byte[]> requests(HttpStatusCode status, List<?> requests) {
		return body(status, requests, new ServiceRequestList(requests));
	}

	ResponseEntity<byte[]> errors(HttpStatusCode status, List<Error> errors) {
		return body(status, errors, new Errors(errors));
	}

	/** A service: here a kind of case, alone or with one of its topics. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Service(@JsonProperty("service_code") String serviceCode,
			@JsonProperty("service_name") String serviceName, String description, boolean metadata, String type,
			String keywords, String group) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	@JacksonXmlRootElement(localName = "service_definition")
	record ServiceDefinition(@JsonProperty("service_code") String serviceCode,
			@JacksonXmlElementWrapper(localName = "attributes") @JacksonXmlProperty(
					localName = "attribute") List<Attribute> attributes) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Attribute(boolean variable, String code, String datatype, boolean required,
			@JsonProperty("datatype_description") String datatypeDescription, int order, String description,
			@JacksonXmlElementWrapper(localName = "values") @JacksonXmlProperty(localName = "value") List<Value> values) {
	}

	record Value(String key, String name) {
	}

	/** A service request as anyone may read it. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record ServiceRequest(@JsonProperty("service_request_id") String serviceRequestId, String status,
			@JsonProperty("status_notes") String statusNotes, @JsonProperty("service_name") String serviceName,
			@JsonProperty("service_code") String serviceCode, String description,
			@JsonProperty("agency_responsible") String agencyResponsible,
			@JsonProperty("service_notice") String serviceNotice,
			@JsonProperty("requested_datetime") String requestedDatetime,
			@JsonProperty("updated_datetime") String updatedDatetime,
			@JsonProperty("expected_datetime") String expectedDatetime) {
	}

	/** The answer to a submission, and to a token look-up. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Acknowledgement(@JsonProperty("service_request_id") String serviceRequestId, String token,
			@JsonProperty("service_notice") String serviceNotice, @JsonProperty("account_id") String accountId) {
	}

	record Error(int code, String description) {
	}

	@JacksonXmlRootElement(localName = "services")
	record Services(@JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(
			localName = "service") List<Service> services) {
	}

	@JacksonXmlRootElement(localName = "service_requests")
	record ServiceRequestList(@JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(
			localName = "request") List<?> requests) {
	}

	@JacksonXmlRootElement(localName = "errors")
	record Errors(@JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(
			localName = "error") List<Error> errors) {
	}
}
