/** Owns the value types every module uses: typed ids, field violations and the errors writes can raise. */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package no.gevinst.shared;
