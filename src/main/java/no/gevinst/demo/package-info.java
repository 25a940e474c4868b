/** Owns the demo dataset built from the source documents, loaded into an empty database on first start. */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Demo dataset")
package no.gevinst.demo;
