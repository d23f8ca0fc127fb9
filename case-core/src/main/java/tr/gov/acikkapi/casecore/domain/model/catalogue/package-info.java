/** The catalogue of what citizens apply for: 17 topic headings (konu başlığı) holding 322 application types. */
package tr.gov.acikkapi.casecore.domain.model.catalogue;
