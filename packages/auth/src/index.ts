import "./types";

export { authOptions, oauthProviders } from "./options";
export { authorizeCredentials, clientIp, RATE_LIMITED, type SessionUser } from "./credentials";
export { hashPassword, verifyPassword } from "./password";
export { isLoginAllowed, recordLoginAttempt, LOGIN_LIMIT, type LoginKey } from "./rate-limit";
