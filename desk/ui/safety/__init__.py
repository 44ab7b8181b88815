"""Safety screens: the sign-in form, the lock screen, the operators' set-up and the audit viewer."""
