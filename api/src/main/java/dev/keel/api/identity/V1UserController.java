package dev.keel.api.identity;

import dev.keel.api.identity.AuthDtos.V1User;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class V1UserController {
    private final AccountService accounts;

    public V1UserController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/api/v1/users/me")
    public V1User me(Caller caller) {
        return V1User.of(accounts.current(caller));
    }
}
