/**
 * Owns each user's own start page ("Min side"): what waits for them in the roles they hold, gathered from the other
 * modules' facades. No module depends on it.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "My page")
package no.gevinst.mypage;
