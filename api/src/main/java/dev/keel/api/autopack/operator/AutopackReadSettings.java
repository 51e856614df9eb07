package dev.keel.api.autopack.operator;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * AUTOPACK_PUBLIC_READ: outside production (AUTOPACK_ENV), the operator's read endpoints accept any signed-in
 * caller of the organization (a browser session as well as an X-API-Key); otherwise they require the X-API-Key.
 */
@ConfigurationProperties("keel.autopack.read")
public record AutopackReadSettings(@DefaultValue("false") Boolean publicRead) {
}
