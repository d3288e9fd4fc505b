// Generated from GET /api/openapi.json by `npm run api:types` (scripts/generate-api-types.ts).
// Do not edit: change the route's Zod schema on the server and regenerate.
export interface paths {
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Database and job-queue status (no sign-in needed) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Healthy or degraded */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Health"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Health"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with email and password; sets the session cookie */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["Login"];
                };
            };
            responses: {
                /** @description Signed in */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: components["schemas"]["User"];
                        };
                    };
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out; ends the session */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Signed out */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who is calling */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The caller */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            kind: "user" | "token";
                            user: components["schemas"]["User"] & (Record<string, never> | null);
                            token: {
                                name: string;
                                scopes: string[];
                            } | null;
                        };
                    };
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List people (everyone signed in can see who is on the team) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description All users */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["User"][];
                        };
                    };
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Create a person with a role (admins only) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewUser"];
                };
            };
            responses: {
                /** @description The created user */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicts with what is stored (a duplicate, or a stale state) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a role, deactivate, or reset a password (admins only) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UserPatch"];
                };
            };
            responses: {
                /** @description The updated user */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List API tokens (never the tokens themselves) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Tokens */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["ApiToken"][];
                        };
                    };
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Create a scoped API token; the token is in this response only */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewApiToken"];
                };
            };
            responses: {
                /** @description The token, shown once */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiToken"] & {
                            token: string;
                        };
                    };
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API token */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The revoked token */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiToken"];
                    };
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/demo-logins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The demo logins (only when the server runs with --demo; otherwise an empty list) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Demo logins */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["DemoLogin"][];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List accounts with paging, sorting and filters */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    /** @description Field to sort by; prefix with - for descending */
                    sort?: "name" | "-name" | "arr" | "-arr" | "renewalDate" | "-renewalDate" | "createdAt" | "-createdAt" | "updatedAt" | "-updatedAt" | "health" | "-health";
                    /** @description Name contains (case-insensitive) */
                    q?: string;
                    touchModel?: "high" | "low" | "tech";
                    lifecycleStage?: "onboarding" | "adoption" | "mature" | "renewal" | "expansion" | "at-risk" | "churned";
                    tier?: string;
                    plan?: string;
                    ownerId?: string;
                    renewalWithinDays?: number | null;
                    /** @description Current health tier */
                    healthTier?: "critical" | "at-risk" | "neutral" | "healthy";
                    /** @description Members of this segment (400 when unknown) */
                    segmentId?: string;
                    /** @description Accounts with an open play of this playbook (400 when unknown) */
                    openPlaybookId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of accounts */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AccountPage"];
                    };
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Create an account */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AccountInput"];
                };
            };
            responses: {
                /** @description The created account */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Account"];
                    };
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicts with what is stored (a duplicate, or a stale state) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one account */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The account */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Account"];
                    };
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete an account with its contacts and timeline */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change some fields of an account */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AccountPatch"];
                };
            };
            responses: {
                /** @description The updated account */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Account"];
                    };
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicts with what is stored (a duplicate, or a stale state) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/accounts/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The account's timeline, newest first */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of timeline events */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TimelinePage"];
                    };
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List contacts, filtered by account, role, status or text */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    accountId?: string;
                    role?: "champion" | "executive_sponsor" | "decision_maker" | "user";
                    status?: "active" | "left";
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of contacts */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ContactPage"];
                    };
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Create a contact on an account */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ContactInput"];
                };
            };
            responses: {
                /** @description The created contact */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Contact"];
                    };
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicts with what is stored (a duplicate, or a stale state) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contacts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one contact */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The contact */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Contact"];
                    };
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a contact */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a contact: roles, status (a champion leaving), details */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ContactPatch"];
                };
            };
            responses: {
                /** @description The updated contact */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Contact"];
                    };
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicts with what is stored (a duplicate, or a stale state) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/accounts/{id}/360": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The account with its health, metrics, contacts and timeline, in one call */
        get: {
            parameters: {
                query?: {
                    /** @description Days of metrics and health history */
                    days?: number;
                    /** @description Last day shown; default today (UTC) */
                    to?: string;
                    /** @description Comma-separated metric names; default: daily/weekly/monthly active users and every reported metric */
                    metrics?: string;
                    timelinePage?: number;
                    timelinePageSize?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The account overview */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Account360"];
                    };
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{id}/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An account's daily metric series over a range of days */
        get: {
            parameters: {
                query?: {
                    /** @description Comma-separated metric names; all of the account's metrics when left out */
                    names?: string;
                    /** @description First day (YYYY-MM-DD); default 89 days before `to` */
                    from?: string;
                    /** @description Last day (YYYY-MM-DD); default today (UTC) */
                    to?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description One value per day for each series */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AccountMetrics"];
                    };
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health-model": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The active health model (the default model until an admin saves one) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The active model */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HealthModelVersion"];
                    };
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** Save a new version of the health model and make it active; every account is rescored in the background */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["HealthModelUpdate"];
                };
            };
            responses: {
                /** @description The new active version */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HealthModelVersion"];
                    };
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health-model/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every saved version of the health model, newest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Model versions */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HealthModelVersionList"];
                    };
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health-model/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Tier distribution under a candidate model, before vs after, without saving it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["HealthModelPreviewRequest"];
                };
            };
            responses: {
                /** @description Tier counts under the active and the candidate model */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HealthModelPreview"];
                    };
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health/recompute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rescore some accounts, or all, in the background */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["HealthRecomputeRequest"];
                };
            };
            responses: {
                /** @description Queued */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HealthRecomputeQueued"];
                    };
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import accounts from a CSV file (Salesforce and HubSpot exports are recognised as they are)
         * @description Send the CSV as the body (text/csv) or as a multipart form. Rows are upserted by external id. The answer is a report: created, updated, unchanged and rejected rows, each rejected row with its line number and reason.
         */
        post: {
            parameters: {
                query?: {
                    /** @description Check and count everything, write nothing */
                    dryRun?: "0" | "1" | "true" | "false";
                    /** @description all-or-nothing: any rejected row and nothing is written. skip-invalid: valid rows are written, rejected ones reported */
                    mode?: "all-or-nothing" | "skip-invalid";
                    /** @description A mapping file (YAML or JSON: { columns: { "<header>": "<field>" }, dateFormat }); in a multipart upload, a "mapping" field before the file */
                    mapping?: string;
                    /** @description When the file is not UTF-8 (a byte-order mark is honoured either way) */
                    encoding?: "utf-8" | "utf8" | "windows-1252" | "cp1252" | "latin1" | "latin-1" | "iso-8859-1" | "utf-16le" | "utf-16be";
                    /** @description How to read day/month dates; default MM/DD/YYYY for Salesforce exports, otherwise only unambiguous dates */
                    dateFormat?: "MM/DD/YYYY" | "DD/MM/YYYY" | "DD.MM.YYYY" | "YYYY-MM-DD";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "text/csv": string;
                    "multipart/form-data": {
                        /** @description Optional mapping file, sent before the file */
                        mapping?: string;
                        /** Format: binary */
                        file: string;
                    };
                };
            };
            responses: {
                /** @description What was (or, in a dry run, would be) written */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportReport"];
                    };
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The upload is larger than PLAYMAKER_IMPORT_LIMIT_MB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not CSV or multipart */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description All-or-nothing import with rejected rows: nothing was written; error.details is the report */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportReport"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import contacts from a CSV file (Salesforce and HubSpot exports are recognised as they are)
         * @description Send the CSV as the body (text/csv) or as a multipart form. Rows are upserted by external id. The answer is a report: created, updated, unchanged and rejected rows, each rejected row with its line number and reason.
         */
        post: {
            parameters: {
                query?: {
                    /** @description Check and count everything, write nothing */
                    dryRun?: "0" | "1" | "true" | "false";
                    /** @description all-or-nothing: any rejected row and nothing is written. skip-invalid: valid rows are written, rejected ones reported */
                    mode?: "all-or-nothing" | "skip-invalid";
                    /** @description A mapping file (YAML or JSON: { columns: { "<header>": "<field>" }, dateFormat }); in a multipart upload, a "mapping" field before the file */
                    mapping?: string;
                    /** @description When the file is not UTF-8 (a byte-order mark is honoured either way) */
                    encoding?: "utf-8" | "utf8" | "windows-1252" | "cp1252" | "latin1" | "latin-1" | "iso-8859-1" | "utf-16le" | "utf-16be";
                    /** @description How to read day/month dates; default MM/DD/YYYY for Salesforce exports, otherwise only unambiguous dates */
                    dateFormat?: "MM/DD/YYYY" | "DD/MM/YYYY" | "DD.MM.YYYY" | "YYYY-MM-DD";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "text/csv": string;
                    "multipart/form-data": {
                        /** @description Optional mapping file, sent before the file */
                        mapping?: string;
                        /** Format: binary */
                        file: string;
                    };
                };
            };
            responses: {
                /** @description What was (or, in a dry run, would be) written */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportReport"];
                    };
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The upload is larger than PLAYMAKER_IMPORT_LIMIT_MB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not CSV or multipart */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description All-or-nothing import with rejected rows: nothing was written; error.details is the report */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportReport"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ingest/unattributed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Events stored without an account, grouped by user, anonymous id, group and event, with first and last seen */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of unattributed event groups */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["UnattributedPage"] & {
                            /** @description Unattributed events in all */
                            events: number;
                        };
                    };
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ingest/unattributed/attribute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Attribute every unattributed event that today's accounts (productId, crmId) and contacts (externalId) now explain */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description How many events now have an account */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attributed: number;
                        };
                    };
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/metrics/values": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report daily metric values (seats used, storage, anything not computed from events)
         * @description Each value names its account by id, crmId or productId. Sending a day again replaces its value. Rollup names (daily/weekly/monthly_active_users, events.*) are refused.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["MetricValues"];
                };
            };
            responses: {
                /** @description Stored */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MetricReport"];
                    };
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a support ticket (or update the one with the same externalId) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["TicketInput"];
                };
            };
            responses: {
                /** @description Updated (externalId known) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ticket"];
                    };
                };
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ticket"];
                    };
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicts with what is stored (a duplicate, or a stale state) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tickets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one ticket */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The ticket */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ticket"];
                    };
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a ticket: close it (closedAt defaults to now), reopen it, set priority or CSAT */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["TicketPatch"];
                };
            };
            responses: {
                /** @description The updated ticket */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ticket"];
                    };
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/accounts/{id}/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The account's tickets, newest first */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    status?: "open" | "pending" | "solved" | "closed";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of tickets */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TicketPage"];
                    };
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/surveys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record an NPS (0–10) or CSAT (1–5) response, with its comment */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SurveyInput"];
                };
            };
            responses: {
                /** @description Updated (externalId known) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SurveyResponse"];
                    };
                };
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SurveyResponse"];
                    };
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicts with what is stored (a duplicate, or a stale state) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{id}/surveys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The account's NPS and CSAT responses, newest first */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    kind?: "nps" | "csat";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of responses */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SurveyPage"];
                    };
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The account's notes, newest first */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of notes */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["NotePage"];
                    };
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Add a note to an account; the author is the caller */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NoteInput"];
                };
            };
            responses: {
                /** @description The note */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Note"];
                    };
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{id}/contact-changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a relationship change: a contact left, or gained or gave up a role (champion, executive sponsor…) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ContactChangeInput"];
                };
            };
            responses: {
                /** @description The contact after the change */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ContactChangeResult"];
                    };
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import daily metric values from a CSV file, all or nothing
         * @description Columns: account (required), metric (required), day (required), value (required). Accounts are named by id, crmId or productId. Any rejected row and nothing is written; the report lists every rejected row with its line.
         */
        post: {
            parameters: {
                query?: {
                    /** @description When the file is not UTF-8 (a byte-order mark is honoured either way) */
                    encoding?: "utf-8" | "utf8" | "windows-1252" | "cp1252" | "latin1" | "latin-1" | "iso-8859-1" | "utf-16le" | "utf-16be";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "text/csv": string;
                    "multipart/form-data": {
                        /** @description Optional mapping file, sent before the file */
                        mapping?: string;
                        /** Format: binary */
                        file: string;
                    };
                };
            };
            responses: {
                /** @description Written */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SignalImportReport"];
                    };
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The upload is larger than PLAYMAKER_IMPORT_LIMIT_MB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not CSV or multipart */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Rows were rejected, so nothing was written; error.details is the report */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SignalImportReport"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import support tickets from a CSV file, all or nothing
         * @description Columns: account (required), subject (required), priority, status, opened at, closed at, csat, external id, contact. Accounts are named by id, crmId or productId. Any rejected row and nothing is written; the report lists every rejected row with its line.
         */
        post: {
            parameters: {
                query?: {
                    /** @description When the file is not UTF-8 (a byte-order mark is honoured either way) */
                    encoding?: "utf-8" | "utf8" | "windows-1252" | "cp1252" | "latin1" | "latin-1" | "iso-8859-1" | "utf-16le" | "utf-16be";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "text/csv": string;
                    "multipart/form-data": {
                        /** @description Optional mapping file, sent before the file */
                        mapping?: string;
                        /** Format: binary */
                        file: string;
                    };
                };
            };
            responses: {
                /** @description Written */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SignalImportReport"];
                    };
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The upload is larger than PLAYMAKER_IMPORT_LIMIT_MB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not CSV or multipart */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Rows were rejected, so nothing was written; error.details is the report */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SignalImportReport"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/surveys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import NPS and CSAT responses from a CSV file, all or nothing
         * @description Columns: account (required), kind (required), score (required), comment, responded at, contact, external id. Accounts are named by id, crmId or productId. Any rejected row and nothing is written; the report lists every rejected row with its line.
         */
        post: {
            parameters: {
                query?: {
                    /** @description When the file is not UTF-8 (a byte-order mark is honoured either way) */
                    encoding?: "utf-8" | "utf8" | "windows-1252" | "cp1252" | "latin1" | "latin-1" | "iso-8859-1" | "utf-16le" | "utf-16be";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "text/csv": string;
                    "multipart/form-data": {
                        /** @description Optional mapping file, sent before the file */
                        mapping?: string;
                        /** Format: binary */
                        file: string;
                    };
                };
            };
            responses: {
                /** @description Written */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SignalImportReport"];
                    };
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The upload is larger than PLAYMAKER_IMPORT_LIMIT_MB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not CSV or multipart */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Rows were rejected, so nothing was written; error.details is the report */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SignalImportReport"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import account notes from a CSV file, all or nothing
         * @description Columns: account (required), body (required), author, created at. Accounts are named by id, crmId or productId. Any rejected row and nothing is written; the report lists every rejected row with its line.
         */
        post: {
            parameters: {
                query?: {
                    /** @description When the file is not UTF-8 (a byte-order mark is honoured either way) */
                    encoding?: "utf-8" | "utf8" | "windows-1252" | "cp1252" | "latin1" | "latin-1" | "iso-8859-1" | "utf-16le" | "utf-16be";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "text/csv": string;
                    "multipart/form-data": {
                        /** @description Optional mapping file, sent before the file */
                        mapping?: string;
                        /** Format: binary */
                        file: string;
                    };
                };
            };
            responses: {
                /** @description Written */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SignalImportReport"];
                    };
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The upload is larger than PLAYMAKER_IMPORT_LIMIT_MB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not CSV or multipart */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Rows were rejected, so nothing was written; error.details is the report */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SignalImportReport"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a batch of messages
         * @description Up to 2500 messages of any type in `batch`, 500 KB per request. One invalid message rejects the request. Messages are at most 32 KB. The write key is an API token with the ingest scope, sent as HTTP Basic (base64 of "<writeKey>:"), as Bearer, or as "writeKey" in the body.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Stored (committed) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TrackingSuccess"];
                    };
                };
                /** @description Malformed JSON, an invalid message (details.issues names batch[i].field) or more than 2,500 messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing or wrong write key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The token has no ingest scope */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Body over 500 KB or a message over 32 KB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached; retry */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/track": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send one track message
         * @description Stores an event for the account named by context.groupId or groupId, else for the account of the contact whose externalId is userId. Messages are at most 32 KB. The write key is an API token with the ingest scope, sent as HTTP Basic (base64 of "<writeKey>:"), as Bearer, or as "writeKey" in the body.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Stored (committed) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TrackingSuccess"];
                    };
                };
                /** @description Malformed JSON, an invalid message (details.issues names batch[i].field) or more than 2,500 messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing or wrong write key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The token has no ingest scope */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Body over 500 KB or a message over 32 KB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached; retry */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/identify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send one identify message
         * @description Creates or updates the contact whose externalId is userId, on the account named by context.groupId, groupId or traits.groupId, or the contact's own. Messages are at most 32 KB. The write key is an API token with the ingest scope, sent as HTTP Basic (base64 of "<writeKey>:"), as Bearer, or as "writeKey" in the body.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Stored (committed) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TrackingSuccess"];
                    };
                };
                /** @description Malformed JSON, an invalid message (details.issues names batch[i].field) or more than 2,500 messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing or wrong write key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The token has no ingest scope */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Body over 500 KB or a message over 32 KB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached; retry */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/group": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send one group message
         * @description Creates or updates the account whose productId (else crmId) is groupId; traits go to the account. Messages are at most 32 KB. The write key is an API token with the ingest scope, sent as HTTP Basic (base64 of "<writeKey>:"), as Bearer, or as "writeKey" in the body.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Stored (committed) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TrackingSuccess"];
                    };
                };
                /** @description Malformed JSON, an invalid message (details.issues names batch[i].field) or more than 2,500 messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing or wrong write key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The token has no ingest scope */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Body over 500 KB or a message over 32 KB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached; retry */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/page": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send one page message
         * @description Stores a page view like a track event. Messages are at most 32 KB. The write key is an API token with the ingest scope, sent as HTTP Basic (base64 of "<writeKey>:"), as Bearer, or as "writeKey" in the body.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Stored (committed) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TrackingSuccess"];
                    };
                };
                /** @description Malformed JSON, an invalid message (details.issues names batch[i].field) or more than 2,500 messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing or wrong write key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The token has no ingest scope */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Body over 500 KB or a message over 32 KB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached; retry */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/screen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send one screen message
         * @description Stores a screen view like a track event. Messages are at most 32 KB. The write key is an API token with the ingest scope, sent as HTTP Basic (base64 of "<writeKey>:"), as Bearer, or as "writeKey" in the body.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Stored (committed) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TrackingSuccess"];
                    };
                };
                /** @description Malformed JSON, an invalid message (details.issues names batch[i].field) or more than 2,500 messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing or wrong write key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The token has no ingest scope */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Body over 500 KB or a message over 32 KB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached; retry */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/alias": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send one alias message
         * @description Stored as an event; ids are not merged. Messages are at most 32 KB. The write key is an API token with the ingest scope, sent as HTTP Basic (base64 of "<writeKey>:"), as Bearer, or as "writeKey" in the body.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Stored (committed) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TrackingSuccess"];
                    };
                };
                /** @description Malformed JSON, an invalid message (details.issues names batch[i].field) or more than 2,500 messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing or wrong write key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The token has no ingest scope */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Body over 500 KB or a message over 32 KB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached; retry */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/playbooks/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Full-text search of the library, best match first, with highlighted snippets */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    /** @description Words to find (web-search syntax: "exact phrase", -exclude, or) */
                    q?: string;
                    kind?: "playbook" | "runbook" | "script";
                    category?: string;
                    lifecycle?: "onboarding" | "adoption" | "mature" | "renewal" | "expansion" | "at-risk" | "churned";
                    segment?: string;
                    status?: "draft" | "pilot" | "active" | "retired";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of matches */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SearchPage"];
                    };
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/playbooks/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The latest version of every playbook and its templates, as library files */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Files, sorted by path */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LibraryFiles"];
                    };
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/playbooks/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import library files, all or nothing
         * @description Lints every file against the library it would produce. Any error refuses the whole import (400 lint_failed listing every problem as file:line:col message) and nothing changes. Otherwise each playbook whose file or templates changed gets a new version with the changelog "Imported from <files>"; unchanged files create nothing.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ImportRequest"];
                };
            };
            responses: {
                /** @description What the import created, updated, moved and left alone */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportResult"];
                    };
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A file is larger than 1 MB (details name each one) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/playbooks/lint": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Lint a playbook as it is being edited, against the stored library */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["LintRequest"];
                };
            };
            responses: {
                /** @description Every problem found (an empty list when clean) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LintResult"];
                    };
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A file is larger than 1 MB (details name each one) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/playbooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List playbooks with their status and versions */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    status?: "draft" | "pilot" | "active" | "retired";
                    kind?: "playbook" | "runbook" | "script";
                    category?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of playbooks, by title */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PlaybookPage"];
                    };
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/playbooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A playbook with the version that applies to you (or ?version=n); records the view */
        get: {
            parameters: {
                query?: {
                    /** @description A version number; default: the version that applies to you, else the latest */
                    version?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The playbook */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Playbook"];
                    };
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/playbooks/{id}/quick-reference": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The one-page quick-reference card, as printable HTML or as Markdown */
        get: {
            parameters: {
                query?: {
                    /** @description A version number; default: the version that applies to you, else the latest */
                    version?: number;
                    format?: "html" | "md";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The card */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/html": string;
                        "text/markdown": string;
                    };
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/playbooks/{id}/flowchart": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mermaid flowchart text of the steps and their branches */
        get: {
            parameters: {
                query?: {
                    /** @description A version number; default: the version that applies to you, else the latest */
                    version?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Mermaid `flowchart TD` text */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/plain": string;
                    };
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/playbooks/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Published versions, newest first, with who published them and when */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The versions */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PlaybookVersions"];
                    };
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/playbooks/{id}/versions/{n}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One published version with its file, templates and parsed playbook */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    n: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The version */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PlaybookVersion"];
                    };
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/playbooks/{id}/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The saved draft, or a new one from the latest version (saved: false) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The draft */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Draft"];
                    };
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** Save the draft (creating the playbook when the id is new); returns its lint problems */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["DraftInput"];
                };
            };
            responses: {
                /** @description The saved draft and every problem lint finds in it */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DraftSaved"];
                    };
                };
                /** @description A new playbook with its first draft */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DraftSaved"];
                    };
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicts with what is stored (a duplicate, or a stale state) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The playbook or a template is larger than 1 MB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        /** Discard the draft */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Discarded */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/playbooks/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish the draft as a new immutable version
         * @description Needs a changelog note (400 naming changelog) and the version the draft is based on: when someone published in between, 409 stale_draft asks you to rebase the draft. A draft with lint errors gives 400 lint_failed. inFlight: "migrate" moves open plays to the new version in the same transaction.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PublishRequest"];
                };
            };
            responses: {
                /** @description The new version */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Published"];
                    };
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicts with what is stored (a duplicate, or a stale state) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/playbooks/{id}/revert": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish an old version's content as a new version */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RevertRequest"];
                };
            };
            responses: {
                /** @description The new version */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Published"];
                    };
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicts with what is stored (a duplicate, or a stale state) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/playbooks/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move the playbook along draft → pilot → active → retired (or roll out another version of an active one) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["StatusChange"];
                };
            };
            responses: {
                /** @description The playbook */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PlaybookState"];
                    };
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicts with what is stored (a duplicate, or a stale state) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/playbooks/{id}/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What changed between two versions: structured (fields, steps, templates) and as unified text */
        get: {
            parameters: {
                query: {
                    from: number;
                    to: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The differences */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PlaybookDiff"];
                    };
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/playbooks/{id}/pilot": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who pilots which version, and when */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The pilot */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Pilot"];
                    };
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** Set the pilot: a version for named CSMs between two dates (inclusive) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PilotInput"];
                };
            };
            responses: {
                /** @description The pilot */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Pilot"];
                    };
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicts with what is stored (a duplicate, or a stale state) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        /** Remove the pilot */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Removed */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicts with what is stored (a duplicate, or a stale state) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/playbooks/{id}/versions/{n}/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A version's feedback with its average rating */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    n: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The feedback */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FeedbackList"];
                    };
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Rate a version 1–5 with an optional comment (one rating per person per version; a new one replaces it) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    n: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["FeedbackInput"];
                };
            };
            responses: {
                /** @description The feedback as stored */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FeedbackSaved"];
                    };
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/playbooks/{id}/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Feedback on every version, newest version first, each with its average rating */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The feedback, per version */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FeedbackList"];
                    };
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/segments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every segment with its member count */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Segments */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SegmentList"];
                    };
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a segment; its members are computed at once
         * @description A condition with a syntax or type error is refused with 400 `invalid_condition`, naming the line and column.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SegmentCreate"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SegmentSaved"];
                    };
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicts with what is stored (a duplicate, or a stale state) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/segments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One segment */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The segment */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Segment"];
                    };
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a segment no trigger or segment uses */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicts with what is stored (a duplicate, or a stale state) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a segment; a new condition recomputes its members */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SegmentUpdate"];
                };
            };
            responses: {
                /** @description Saved */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SegmentSaved"];
                    };
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/segments/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The accounts in a segment, as of its last recompute */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Members */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SegmentMemberPage"];
                    };
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/segments/{id}/recompute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Recompute a segment now (sweeps also do it before evaluating triggers) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Recomputed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SegmentRecomputed"];
                    };
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/engine/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Which accounts match now: a condition, a playbook version's trigger (with a dry run of the next sweep), or the trigger of a playbook being edited
         * @description Each account comes with the values that made it match. Errors in the condition are 400 `invalid_condition` with line and column.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PreviewRequest"];
                };
            };
            responses: {
                /** @description Matching accounts */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Preview"];
                    };
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/engine/explain": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Why one account does or does not match a condition
         * @description A tree of the condition: each comparison with the values it read and its result (true, false, or null when a value is missing).
         */
        get: {
            parameters: {
                query: {
                    /** @description A condition in the condition language (docs/engine.md) */
                    condition: string;
                    accountId: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The explanation */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Explanation"];
                    };
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Why one account does or does not match a condition (long conditions, event properties) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ExplainRequest"];
                };
            };
            responses: {
                /** @description The explanation */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Explanation"];
                    };
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/engine/trigger-errors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Triggers that failed at run time (a bad cast, a missing metric), newest first */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    /** @description Also list errors that went away */
                    includeResolved?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Trigger errors */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TriggerErrorPage"];
                    };
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/engine/sweep": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run a trigger sweep now (or a dry run), instead of waiting for the schedule */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["SweepRequest"];
                };
            };
            responses: {
                /** @description What the sweep did */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SweepResult"];
                    };
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/steps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My steps: due today (and overdue), overdue, or upcoming, in worklist order
         * @description Managers and admins may pass userId for anyone's steps, or team=true for their team's (an admin's team is everyone). A CSM asking for someone else's gets 403; viewers have no worklist (403).
         */
        get: {
            parameters: {
                query?: {
                    /** @description today: open steps due today or earlier (overdue flagged); overdue; upcoming: due in the next `days` days, and snoozed steps */
                    view?: "today" | "overdue" | "upcoming";
                    /** @description Someone else's steps (managers and admins) */
                    userId?: string;
                    /** @description The whole team's steps (managers and admins) */
                    team?: "true" | "false";
                    days?: number;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The steps, with counts for every view */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Worklist"];
                    };
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/steps/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One step with its account, play, draft and decision */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The step */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PlayStep"];
                    };
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/steps/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Complete a step (a decision needs its answer); opens what follows
         * @description A decision answered with an answer it does not offer gives 400 naming the answers it accepts. The step's owner, their manager, and managers and admins may do this (else 403). A step that is not open or snoozed gives 409 step_not_open with its state. Recorded in the audit trail.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CompleteStep"];
                };
            };
            responses: {
                /** @description The step, the steps it opened, and the play */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StepChange"];
                    };
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicts with what is stored (a duplicate, or a stale state) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/steps/{id}/skip": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Skip a step, saying why (the reason is required); opens what follows
         * @description Decisions cannot be skipped: answer them. The step's owner, their manager, and managers and admins may do this (else 403). A step that is not open or snoozed gives 409 step_not_open with its state. Recorded in the audit trail.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SkipStep"];
                };
            };
            responses: {
                /** @description The step, the steps it opened, and the play */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StepChange"];
                    };
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicts with what is stored (a duplicate, or a stale state) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/steps/{id}/snooze": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Hide a step until a day after today; it comes back open that day
         * @description The step's owner, their manager, and managers and admins may do this (else 403). A step that is not open or snoozed gives 409 step_not_open with its state. Recorded in the audit trail.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SnoozeStep"];
                };
            };
            responses: {
                /** @description The step, the steps it opened, and the play */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StepChange"];
                    };
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicts with what is stored (a duplicate, or a stale state) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/steps/{id}/reassign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Hand a step to another active user
         * @description The step's owner, their manager, and managers and admins may do this (else 403). A step that is not open or snoozed gives 409 step_not_open with its state. Recorded in the audit trail.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ReassignStep"];
                };
            };
            responses: {
                /** @description The step, the steps it opened, and the play */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StepChange"];
                    };
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicts with what is stored (a duplicate, or a stale state) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/steps/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a step that does not apply; the flow goes on past it
         * @description The step's owner, their manager, and managers and admins may do this (else 403). A step that is not open or snoozed gives 409 step_not_open with its state. Recorded in the audit trail.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CancelStep"];
                };
            };
            responses: {
                /** @description The step, the steps it opened, and the play */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StepChange"];
                    };
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicts with what is stored (a duplicate, or a stale state) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/steps/{id}/checklist/{index}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Tick or untick one checklist item of an open step */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    /** @description Position of the item, from 0 */
                    index: number | null;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ChecklistItemChange"];
                };
            };
            responses: {
                /** @description The step */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PlayStep"];
                    };
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicts with what is stored (a duplicate, or a stale state) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/plays": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a playbook on an account by hand
         * @description Any active playbook, at the version that applies to you (its pilot version if you are in its pilot group). 409 playbook_not_active for drafts and retired playbooks; 409 play_already_open (details.playId) when the account has an open play of it.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["StartPlay"];
                };
            };
            responses: {
                /** @description The new play */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PlayDetail"];
                    };
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicts with what is stored (a duplicate, or a stale state) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plays/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One play: its steps, the audit trail of their transitions, milestones and outcome */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The play */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PlayDetail"];
                    };
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plays/{id}/abandon": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close a play by hand as abandoned, saying why
         * @description The reason is required (400 naming reason). Remaining steps are cancelled. 409 play_closed when it is already closed.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AbandonPlay"];
                };
            };
            responses: {
                /** @description The closed play */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PlayDetail"];
                    };
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicts with what is stored (a duplicate, or a stale state) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{id}/plays": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An account's plays, open first, each with its steps, checklists and outcome */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The plays */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PlayList"];
                    };
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/playbooks/{id}/plays": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A playbook's plays, newest first, with step counts by state */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    status?: "open" | "closed";
                    version?: number;
                    control?: "true" | "false";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of plays */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PlaybookPlaysPage"];
                    };
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/playbooks/{id}/outcomes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Treated vs control plays per version, counted by outcome
         * @description Per version (newest first) and over all versions: open, success, failure and abandoned plays, for treated accounts and for held-out (control) ones.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The counts */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PlaybookOutcomes"];
                    };
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My notifications, newest first, with the number unread */
        get: {
            parameters: {
                query?: {
                    unread?: "true" | "false";
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The notifications */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["NotificationList"];
                    };
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark all my notifications read */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description How many were unread */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            marked: number;
                        };
                    };
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark one of my notifications read */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Marked read */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Malformed JSON or a field that fails validation (details.issues names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in and no valid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role or token scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database cannot be reached */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Health: {
            /** @enum {string} */
            status: "ok" | "degraded" | "unavailable";
            version: string;
            database: {
                ok: boolean;
                /** @enum {string} */
                backend: "pglite" | "postgres";
                latencyMs: number | null;
                error: string | null;
            };
            jobs: {
                ok: boolean;
                workers: boolean;
                queues: number;
                error: string | null;
            };
        };
        User: {
            id: string;
            email: string;
            name: string;
            /** @enum {string} */
            role: "admin" | "manager" | "csm" | "viewer";
            managerId: string | null;
            startDate: string | null;
            active: boolean;
            createdAt: string;
        };
        Error: {
            error: {
                /** @example validation_failed */
                code: string;
                message: string;
                details?: unknown;
            };
        };
        Login: {
            /** Format: email */
            email: string;
            password: string;
        };
        NewUser: {
            /** Format: email */
            email: string;
            name: string;
            /** @enum {string} */
            role: "admin" | "manager" | "csm" | "viewer";
            password: string;
            /** Format: date */
            startDate?: string | null;
            managerId?: string | null;
        };
        UserPatch: {
            name?: string;
            /** @enum {string} */
            role?: "admin" | "manager" | "csm" | "viewer";
            active?: boolean;
            /** Format: date */
            startDate?: string | null;
            managerId?: string | null;
            password?: string;
        };
        ApiToken: {
            /** Format: uuid */
            id: string;
            name: string;
            prefix: string;
            scopes: ("ingest" | "read" | "admin")[];
            createdBy: string | null;
            createdAt: string;
            lastUsedAt: string | null;
            expiresAt: string | null;
            revokedAt: string | null;
        };
        NewApiToken: {
            name: string;
            scopes: ("ingest" | "read" | "admin")[];
            /** Format: date-time */
            expiresAt?: string | null;
        };
        DemoLogin: {
            email: string;
            password: string;
            /** @enum {string} */
            role: "admin" | "manager" | "csm" | "viewer";
            name: string;
        };
        AccountPage: {
            data: components["schemas"]["AccountListItem"][];
            page: components["schemas"]["PageMeta"];
        };
        AccountListItem: components["schemas"]["Account"] & {
            /** @description Current health score 0–100; null until first scored */
            healthScore: number | null;
            /** @enum {string|null} */
            healthTier: "critical" | "at-risk" | "neutral" | "healthy" | null;
        };
        Account: {
            /** Format: uuid */
            id: string;
            name: string;
            crmId: string | null;
            productId: string | null;
            domain: string | null;
            arr: number | null;
            plan: string | null;
            tier: string | null;
            /** @enum {string|null} */
            touchModel: "high" | "low" | "tech" | null;
            lifecycleStage: string | null;
            contractStart: string | null;
            renewalDate: string | null;
            ownerId: string | null;
            traits: {
                [key: string]: unknown;
            };
            createdAt: string;
            updatedAt: string;
        };
        PageMeta: {
            page: number;
            pageSize: number;
            total: number;
        };
        AccountInput: {
            /** @example Acme Logistics */
            name: string;
            /** @description Id in the CRM (Salesforce, HubSpot…); unique */
            crmId?: string | null;
            /** @description Id in the product / event stream; unique */
            productId?: string | null;
            /** @example acme.example */
            domain?: string | null;
            /** @example 48000 */
            arr?: number | null;
            plan?: string | null;
            /** @example enterprise */
            tier?: string | null;
            /** @enum {string|null} */
            touchModel?: "high" | "low" | "tech" | null;
            /** @enum {string|null} */
            lifecycleStage?: "onboarding" | "adoption" | "mature" | "renewal" | "expansion" | "at-risk" | "churned" | null;
            /** Format: date */
            contractStart?: string | null;
            /** Format: date */
            renewalDate?: string | null;
            /** @description User id of the owning CSM */
            ownerId?: string | null;
            /** @description Custom traits, any JSON */
            traits?: {
                [key: string]: unknown;
            };
        };
        AccountPatch: {
            /** @example Acme Logistics */
            name?: string;
            /** @description Id in the CRM (Salesforce, HubSpot…); unique */
            crmId?: string | null;
            /** @description Id in the product / event stream; unique */
            productId?: string | null;
            /** @example acme.example */
            domain?: string | null;
            /** @example 48000 */
            arr?: number | null;
            plan?: string | null;
            /** @example enterprise */
            tier?: string | null;
            /** @enum {string|null} */
            touchModel?: "high" | "low" | "tech" | null;
            /** @enum {string|null} */
            lifecycleStage?: "onboarding" | "adoption" | "mature" | "renewal" | "expansion" | "at-risk" | "churned" | null;
            /** Format: date */
            contractStart?: string | null;
            /** Format: date */
            renewalDate?: string | null;
            /** @description User id of the owning CSM */
            ownerId?: string | null;
            /** @description Custom traits, any JSON */
            traits?: {
                [key: string]: unknown;
            };
        };
        TimelinePage: {
            data: components["schemas"]["TimelineEvent"][];
            page: components["schemas"]["PageMeta"];
        };
        TimelineEvent: {
            id: number;
            /** Format: uuid */
            accountId: string;
            /** @example contact.left */
            type: string;
            occurredAt: string;
            actorId: string | null;
            summary: string;
            data: {
                [key: string]: unknown;
            };
        };
        ContactPage: {
            data: components["schemas"]["Contact"][];
            page: components["schemas"]["PageMeta"];
        };
        Contact: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            accountId: string;
            externalId: string | null;
            name: string;
            email: string | null;
            title: string | null;
            roles: string[];
            /** @enum {string} */
            status: "active" | "left";
            leftAt: string | null;
            createdAt: string;
            updatedAt: string;
        };
        ContactInput: {
            /** Format: uuid */
            accountId: string;
            name: string;
            /** Format: email */
            email?: string | null;
            title?: string | null;
            externalId?: string | null;
            /** @default [] */
            roles: ("champion" | "executive_sponsor" | "decision_maker" | "user")[];
            /**
             * @default active
             * @enum {string}
             */
            status: "active" | "left";
        };
        ContactPatch: {
            name?: string;
            /** Format: email */
            email?: string | null;
            title?: string | null;
            externalId?: string | null;
            roles?: ("champion" | "executive_sponsor" | "decision_maker" | "user")[];
            /** @enum {string} */
            status?: "active" | "left";
        };
        Account360: {
            account: components["schemas"]["Account"];
            /** @description Null until the account is first scored */
            health: {
                score: number;
                tier: string;
                components: {
                    [key: string]: number | null;
                };
                /** @description Each component's raw input, detail, weight and share, and which were missing: worked out for this request from today's inputs with the active model (`day`, `modelId`), so it can be ahead of a score that is waiting for its recompute */
                breakdown: {
                    [key: string]: unknown;
                };
                modelId: number | null;
                computedAt: string;
                history: {
                    day: string;
                    score: number;
                    tier: string;
                    components: {
                        [key: string]: number | null;
                    };
                    reasons: {
                        component: string;
                        from: number | null;
                        to: number | null;
                        delta: number | null;
                        impact: number | null;
                    }[];
                }[];
            } | null;
            metrics: {
                from: string;
                to: string;
                series: components["schemas"]["MetricSeriesWindow"][];
            };
            /** @description Up to 100 contacts, those with a role first */
            contacts: {
                data: components["schemas"]["Contact"][];
                total: number;
            };
            timeline: components["schemas"]["TimelinePage"];
        };
        MetricSeriesWindow: {
            /** @example weekly_active_users */
            metric: string;
            /** @enum {string} */
            source: "rollup" | "reported";
            /** @description One value per day from `from` to `to`; null where there is none */
            values: (number | null)[];
        };
        AccountMetrics: {
            /** Format: uuid */
            accountId: string;
            from: string;
            to: string;
            series: components["schemas"]["MetricSeriesWindow"][];
        };
        HealthModelVersion: {
            /** @description Version number; the highest is the newest */
            id: number;
            active: boolean;
            note: string | null;
            createdBy: string | null;
            createdAt: string;
            /** @description The full model, every default filled in (see docs/metrics-and-health.md) */
            config: {
                [key: string]: unknown;
            };
        };
        HealthModelVersionList: {
            data: components["schemas"]["HealthModelVersion"][];
        };
        HealthModelUpdate: {
            /** @description The model; fields left out take the default model's values */
            config: {
                /** @default {} */
                components: {
                    /** @default {} */
                    usage: {
                        /** @default 25 */
                        weight: number;
                        /** @default weekly_active_users */
                        metric: string;
                        /**
                         * @default change
                         * @enum {string}
                         */
                        measure: "change" | "trend";
                        /** @default 28 */
                        windowDays: number;
                        /**
                         * @default [
                         *       {
                         *         "raw": -50,
                         *         "score": 0
                         *       },
                         *       {
                         *         "raw": -25,
                         *         "score": 35
                         *       },
                         *       {
                         *         "raw": -10,
                         *         "score": 60
                         *       },
                         *       {
                         *         "raw": 0,
                         *         "score": 75
                         *       },
                         *       {
                         *         "raw": 10,
                         *         "score": 90
                         *       },
                         *       {
                         *         "raw": 25,
                         *         "score": 100
                         *       }
                         *     ]
                         */
                        points: {
                            raw: number;
                            score: number;
                        }[];
                    };
                    /** @default {} */
                    engagement: {
                        /** @default 20 */
                        weight: number;
                        /** @default weekly_active_users */
                        activeMetric: string;
                        /** @default seats */
                        seatsTrait: string;
                        /** @default seats */
                        seatsMetric: string;
                        /**
                         * @default [
                         *       {
                         *         "raw": 0,
                         *         "score": 0
                         *       },
                         *       {
                         *         "raw": 20,
                         *         "score": 30
                         *       },
                         *       {
                         *         "raw": 40,
                         *         "score": 60
                         *       },
                         *       {
                         *         "raw": 60,
                         *         "score": 85
                         *       },
                         *       {
                         *         "raw": 80,
                         *         "score": 100
                         *       }
                         *     ]
                         */
                        points: {
                            raw: number;
                            score: number;
                        }[];
                    };
                    /** @default {} */
                    support: {
                        /** @default 15 */
                        weight: number;
                        /** @default {} */
                        priorityWeights: {
                            /** @default 4 */
                            urgent: number;
                            /** @default 2 */
                            high: number;
                            /** @default 1 */
                            normal: number;
                            /** @default 0.5 */
                            low: number;
                        };
                        /**
                         * @default [
                         *       {
                         *         "raw": 0,
                         *         "score": 100
                         *       },
                         *       {
                         *         "raw": 1,
                         *         "score": 90
                         *       },
                         *       {
                         *         "raw": 3,
                         *         "score": 70
                         *       },
                         *       {
                         *         "raw": 6,
                         *         "score": 40
                         *       },
                         *       {
                         *         "raw": 10,
                         *         "score": 10
                         *       },
                         *       {
                         *         "raw": 15,
                         *         "score": 0
                         *       }
                         *     ]
                         */
                        points: {
                            raw: number;
                            score: number;
                        }[];
                    };
                    /** @default {} */
                    sentiment: {
                        /** @default 15 */
                        weight: number;
                        /** @default 180 */
                        maxAgeDays: number;
                        /**
                         * @default [
                         *       {
                         *         "raw": 0,
                         *         "score": 0
                         *       },
                         *       {
                         *         "raw": 6,
                         *         "score": 35
                         *       },
                         *       {
                         *         "raw": 7,
                         *         "score": 60
                         *       },
                         *       {
                         *         "raw": 8,
                         *         "score": 70
                         *       },
                         *       {
                         *         "raw": 9,
                         *         "score": 90
                         *       },
                         *       {
                         *         "raw": 10,
                         *         "score": 100
                         *       }
                         *     ]
                         */
                        nps: {
                            raw: number;
                            score: number;
                        }[];
                        /**
                         * @default [
                         *       {
                         *         "raw": 1,
                         *         "score": 0
                         *       },
                         *       {
                         *         "raw": 2,
                         *         "score": 25
                         *       },
                         *       {
                         *         "raw": 3,
                         *         "score": 50
                         *       },
                         *       {
                         *         "raw": 4,
                         *         "score": 80
                         *       },
                         *       {
                         *         "raw": 5,
                         *         "score": 100
                         *       }
                         *     ]
                         */
                        csat: {
                            raw: number;
                            score: number;
                        }[];
                    };
                    /** @default {} */
                    relationship: {
                        /** @default 15 */
                        weight: number;
                        /** @default 60 */
                        champion: number;
                        /** @default 40 */
                        sponsor: number;
                    };
                    /** @default {} */
                    renewal: {
                        /** @default 10 */
                        weight: number;
                        /**
                         * @default [
                         *       {
                         *         "raw": 0,
                         *         "score": 20
                         *       },
                         *       {
                         *         "raw": 30,
                         *         "score": 40
                         *       },
                         *       {
                         *         "raw": 90,
                         *         "score": 70
                         *       },
                         *       {
                         *         "raw": 180,
                         *         "score": 100
                         *       }
                         *     ]
                         */
                        points: {
                            raw: number;
                            score: number;
                        }[];
                    };
                };
                /** @default {} */
                tiers: {
                    /** @default 40 */
                    atRisk: number;
                    /** @default 60 */
                    neutral: number;
                    /** @default 80 */
                    healthy: number;
                };
                /** @default 1 */
                reasonThreshold: number;
            };
            /** @description Why it changed, for the version list */
            note?: string;
        };
        HealthModelPreview: {
            day: string;
            currentModelId: number;
            accounts: number;
            /** @description Tiers under the active model, on today's inputs */
            before: {
                critical: number;
                "at-risk": number;
                neutral: number;
                healthy: number;
                unscored: number;
            };
            /** @description Tiers under the candidate model, on the same inputs */
            after: {
                critical: number;
                "at-risk": number;
                neutral: number;
                healthy: number;
                unscored: number;
            };
            changed: number;
            moves: {
                /** @enum {string} */
                from: "critical" | "at-risk" | "neutral" | "healthy" | "unscored";
                /** @enum {string} */
                to: "critical" | "at-risk" | "neutral" | "healthy" | "unscored";
                count: number;
            }[];
        };
        HealthModelPreviewRequest: {
            config: {
                /** @default {} */
                components: {
                    /** @default {} */
                    usage: {
                        /** @default 25 */
                        weight: number;
                        /** @default weekly_active_users */
                        metric: string;
                        /**
                         * @default change
                         * @enum {string}
                         */
                        measure: "change" | "trend";
                        /** @default 28 */
                        windowDays: number;
                        /**
                         * @default [
                         *       {
                         *         "raw": -50,
                         *         "score": 0
                         *       },
                         *       {
                         *         "raw": -25,
                         *         "score": 35
                         *       },
                         *       {
                         *         "raw": -10,
                         *         "score": 60
                         *       },
                         *       {
                         *         "raw": 0,
                         *         "score": 75
                         *       },
                         *       {
                         *         "raw": 10,
                         *         "score": 90
                         *       },
                         *       {
                         *         "raw": 25,
                         *         "score": 100
                         *       }
                         *     ]
                         */
                        points: {
                            raw: number;
                            score: number;
                        }[];
                    };
                    /** @default {} */
                    engagement: {
                        /** @default 20 */
                        weight: number;
                        /** @default weekly_active_users */
                        activeMetric: string;
                        /** @default seats */
                        seatsTrait: string;
                        /** @default seats */
                        seatsMetric: string;
                        /**
                         * @default [
                         *       {
                         *         "raw": 0,
                         *         "score": 0
                         *       },
                         *       {
                         *         "raw": 20,
                         *         "score": 30
                         *       },
                         *       {
                         *         "raw": 40,
                         *         "score": 60
                         *       },
                         *       {
                         *         "raw": 60,
                         *         "score": 85
                         *       },
                         *       {
                         *         "raw": 80,
                         *         "score": 100
                         *       }
                         *     ]
                         */
                        points: {
                            raw: number;
                            score: number;
                        }[];
                    };
                    /** @default {} */
                    support: {
                        /** @default 15 */
                        weight: number;
                        /** @default {} */
                        priorityWeights: {
                            /** @default 4 */
                            urgent: number;
                            /** @default 2 */
                            high: number;
                            /** @default 1 */
                            normal: number;
                            /** @default 0.5 */
                            low: number;
                        };
                        /**
                         * @default [
                         *       {
                         *         "raw": 0,
                         *         "score": 100
                         *       },
                         *       {
                         *         "raw": 1,
                         *         "score": 90
                         *       },
                         *       {
                         *         "raw": 3,
                         *         "score": 70
                         *       },
                         *       {
                         *         "raw": 6,
                         *         "score": 40
                         *       },
                         *       {
                         *         "raw": 10,
                         *         "score": 10
                         *       },
                         *       {
                         *         "raw": 15,
                         *         "score": 0
                         *       }
                         *     ]
                         */
                        points: {
                            raw: number;
                            score: number;
                        }[];
                    };
                    /** @default {} */
                    sentiment: {
                        /** @default 15 */
                        weight: number;
                        /** @default 180 */
                        maxAgeDays: number;
                        /**
                         * @default [
                         *       {
                         *         "raw": 0,
                         *         "score": 0
                         *       },
                         *       {
                         *         "raw": 6,
                         *         "score": 35
                         *       },
                         *       {
                         *         "raw": 7,
                         *         "score": 60
                         *       },
                         *       {
                         *         "raw": 8,
                         *         "score": 70
                         *       },
                         *       {
                         *         "raw": 9,
                         *         "score": 90
                         *       },
                         *       {
                         *         "raw": 10,
                         *         "score": 100
                         *       }
                         *     ]
                         */
                        nps: {
                            raw: number;
                            score: number;
                        }[];
                        /**
                         * @default [
                         *       {
                         *         "raw": 1,
                         *         "score": 0
                         *       },
                         *       {
                         *         "raw": 2,
                         *         "score": 25
                         *       },
                         *       {
                         *         "raw": 3,
                         *         "score": 50
                         *       },
                         *       {
                         *         "raw": 4,
                         *         "score": 80
                         *       },
                         *       {
                         *         "raw": 5,
                         *         "score": 100
                         *       }
                         *     ]
                         */
                        csat: {
                            raw: number;
                            score: number;
                        }[];
                    };
                    /** @default {} */
                    relationship: {
                        /** @default 15 */
                        weight: number;
                        /** @default 60 */
                        champion: number;
                        /** @default 40 */
                        sponsor: number;
                    };
                    /** @default {} */
                    renewal: {
                        /** @default 10 */
                        weight: number;
                        /**
                         * @default [
                         *       {
                         *         "raw": 0,
                         *         "score": 20
                         *       },
                         *       {
                         *         "raw": 30,
                         *         "score": 40
                         *       },
                         *       {
                         *         "raw": 90,
                         *         "score": 70
                         *       },
                         *       {
                         *         "raw": 180,
                         *         "score": 100
                         *       }
                         *     ]
                         */
                        points: {
                            raw: number;
                            score: number;
                        }[];
                    };
                };
                /** @default {} */
                tiers: {
                    /** @default 40 */
                    atRisk: number;
                    /** @default 60 */
                    neutral: number;
                    /** @default 80 */
                    healthy: number;
                };
                /** @default 1 */
                reasonThreshold: number;
            };
        };
        HealthRecomputeQueued: {
            queued: boolean;
        };
        HealthRecomputeRequest: {
            /** @description Leave out to recompute every account */
            accountIds?: string[];
        };
        ImportReport: {
            /** @enum {string} */
            entity: "accounts" | "contacts";
            /** @enum {string} */
            mode: "all-or-nothing" | "skip-invalid";
            dryRun: boolean;
            /** @description Whether the rows were written */
            committed: boolean;
            format: {
                /**
                 * @description Which export the headers were recognised as
                 * @enum {string}
                 */
                source: "salesforce" | "hubspot" | "playmaker";
                delimiter: string;
                encoding: string;
                dateFormat: string;
            };
            columns: {
                column: string;
                /** @example traits.billing_city */
                to: string;
                via: string;
                note?: string;
            }[];
            rows: number;
            created: number;
            updated: number;
            unchanged: number;
            rejected: number;
            /** @description The first 1,000 rejected rows, in line order */
            rejects: {
                /** @description The line the record starts on (the header is line 1) */
                line: number;
                /** @example Annual Revenue: "n/a" is not an amount */
                reason: string;
            }[];
            rejectsOmitted: number;
        };
        UnattributedEvents: {
            userId: string | null;
            anonymousId: string | null;
            groupId: string | null;
            type: string;
            event: string | null;
            /** @enum {string} */
            reason: "unknown_group" | "unknown_user" | "anonymous";
            count: number;
            firstSeen: string;
            lastSeen: string;
        };
        UnattributedPage: {
            data: components["schemas"]["UnattributedEvents"][];
            page: components["schemas"]["PageMeta"];
        };
        MetricReport: {
            /** @description Values written */
            stored: number;
            accounts: number;
        };
        MetricValues: components["schemas"]["MetricValueInput"][];
        MetricValueInput: {
            /**
             * @description The account: its id, crmId or productId
             * @example 0015g00000XYZ
             */
            account: string;
            /** @example seats_used */
            metric: string;
            /**
             * Format: date
             * @example 2026-03-01
             */
            day: string;
            /**
             * @description The value that day; null erases it
             * @example 42
             */
            value: number | null;
        };
        Ticket: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            accountId: string;
            /** Format: uuid */
            contactId: string | null;
            externalId: string | null;
            subject: string;
            /** @enum {string} */
            priority: "low" | "normal" | "high" | "urgent";
            /** @enum {string} */
            status: "open" | "pending" | "solved" | "closed";
            openedAt: string;
            closedAt: string | null;
            csat: number | null;
            updatedAt: string;
        };
        TicketInput: {
            /**
             * @description The account: its id, crmId or productId
             * @example 0015g00000XYZ
             */
            account: string;
            /** @example Export fails on large files */
            subject: string;
            /**
             * @description Default normal
             * @enum {string}
             */
            priority?: "low" | "normal" | "high" | "urgent";
            /**
             * @description Default open; closed when closedAt is given
             * @enum {string}
             */
            status?: "open" | "pending" | "solved" | "closed";
            /**
             * @description Default now
             * @example 2026-03-01T12:00:00Z
             */
            openedAt?: string;
            /** @example 2026-03-01T12:00:00Z */
            closedAt?: string | null;
            /** @description Customer satisfaction with the ticket, 1–5 */
            csat?: number | null;
            /** @description The helpdesk's id: sending it again updates that ticket */
            externalId?: string | null;
            /** @description The requester: contact id, email or externalId */
            contact?: string | null;
        };
        TicketPatch: {
            subject?: string;
            /** @enum {string} */
            priority?: "low" | "normal" | "high" | "urgent";
            /** @enum {string} */
            status?: "open" | "pending" | "solved" | "closed";
            /**
             * @description Closes the ticket at this time (default now when status becomes solved or closed)
             * @example 2026-03-01T12:00:00Z
             */
            closedAt?: string | null;
            csat?: number | null;
        };
        TicketPage: {
            data: components["schemas"]["Ticket"][];
            page: components["schemas"]["PageMeta"];
        };
        SurveyResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            accountId: string;
            /** Format: uuid */
            contactId: string | null;
            externalId: string | null;
            /** @enum {string} */
            kind: "nps" | "csat";
            score: number;
            comment: string | null;
            respondedAt: string;
        };
        SurveyInput: {
            /**
             * @description The account: its id, crmId or productId
             * @example 0015g00000XYZ
             */
            account: string;
            /** @enum {string} */
            kind: "nps" | "csat";
            score: number;
            comment?: string | null;
            /**
             * @description Default now
             * @example 2026-03-01T12:00:00Z
             */
            respondedAt?: string;
            /** @description Who answered: contact id, email or externalId */
            contact?: string | null;
            /** @description The survey tool's response id: sending it again updates that response */
            externalId?: string | null;
        };
        SurveyPage: {
            data: components["schemas"]["SurveyResponse"][];
            page: components["schemas"]["PageMeta"];
        };
        Note: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            accountId: string;
            authorId: string | null;
            authorName: string | null;
            body: string;
            createdAt: string;
        };
        NoteInput: {
            /** @example Call with the new VP: renewal looks safe. */
            body: string;
        };
        NotePage: {
            data: components["schemas"]["Note"][];
            page: components["schemas"]["PageMeta"];
        };
        ContactChangeResult: {
            contact: components["schemas"]["Contact"];
            /** @description False when the change was already true */
            changed: boolean;
        };
        ContactChangeInput: {
            /**
             * @description Contact id, email or externalId
             * @example jane@acme.example
             */
            contact: string;
            /** @enum {string} */
            change: "left" | "role_added" | "role_removed";
            /**
             * @description For role_added and role_removed
             * @enum {string}
             */
            role?: "champion" | "executive_sponsor" | "decision_maker" | "user";
        };
        SignalImportReport: {
            /** @enum {string} */
            kind: "metrics" | "tickets" | "surveys" | "notes";
            /** @description Whether the rows were written */
            committed: boolean;
            format: {
                delimiter: string;
                encoding: string;
            };
            columns: {
                column: string;
                to: string;
            }[];
            rows: number;
            created: number;
            updated: number;
            rejected: number;
            rejects: {
                line: number;
                /** @example csat: must be a whole number from 1 to 5 */
                reason: string;
            }[];
            rejectsOmitted: number;
        };
        TrackingSuccess: {
            /** @enum {boolean} */
            success: true;
        };
        SearchPage: {
            data: components["schemas"]["SearchHit"][];
            page: components["schemas"]["PageMeta"];
        };
        SearchHit: {
            id: string;
            title: string;
            titleHtml: string;
            kind: string;
            category: string;
            /** @enum {string} */
            status: "draft" | "pilot" | "active" | "retired";
            version: number;
            lifecycle: string[];
            segments: string[];
            rank: number | null;
            /** @description HTML-escaped text with matches in <mark> */
            snippet: string;
        };
        LibraryFiles: {
            files: components["schemas"]["LibraryFile"][];
        };
        LibraryFile: {
            /** @example renewal.yaml */
            path: string;
            content: string;
        };
        ImportResult: {
            created: {
                id: string;
                version: number;
                path: string;
            }[];
            updated: {
                id: string;
                version: number;
                changelog: string;
            }[];
            moved: {
                id: string;
                from: string;
                to: string;
            }[];
            unchanged: string[];
            warnings: components["schemas"]["LintProblem"][];
        };
        LintProblem: {
            file: string;
            line: number;
            col: number;
            message: string;
            /** @enum {string} */
            severity: "error" | "warning";
            /** @example renewal.yaml:12:5 steps[1].due: expected 3d, 2d after <step-id> or <anchor> ±<duration> */
            text: string;
        };
        ImportRequest: {
            /** @description Playbook files (.yaml) and their templates (templates/*.liquid), paths relative to the library */
            files: components["schemas"]["LibraryFile"][];
            /**
             * @description Status of playbooks the library does not have yet
             * @default draft
             * @enum {string}
             */
            newStatus: "draft" | "active";
        };
        LintResult: {
            problems: components["schemas"]["LintProblem"][];
            errorCount: number;
            outline?: components["schemas"]["PlaybookOutline"];
        };
        /** @description When there is no error: the steps and flowchart of the text, for an editor's preview */
        PlaybookOutline: {
            title: string;
            steps: {
                id: string;
                title: string;
                kind: string;
                owner: string;
                /** @description The due offset in words ("2 days after \"Call\""), null when the step has none */
                due: string | null;
            }[];
            /** @description Mermaid `flowchart TD` text, as GET /api/playbooks/{id}/flowchart gives for a version */
            flowchart: string;
        };
        LintRequest: {
            /** @description The playbook YAML */
            source: string;
            /**
             * @description Template name → file text (front matter + Liquid)
             * @default {}
             */
            templates: {
                [key: string]: string;
            };
            /** @description Where the file sits in the library; default: the stored path of the playbook with this id, else <id>.yaml */
            path?: string;
        };
        PlaybookPage: {
            data: components["schemas"]["PlaybookSummary"][];
            page: components["schemas"]["PageMeta"];
        };
        PlaybookSummary: {
            id: string;
            path: string;
            /** @enum {string} */
            status: "draft" | "pilot" | "active" | "retired";
            /** @description The latest published version */
            currentVersion: number | null;
            /** @description The version in use for everyone outside a pilot */
            activeVersion: number | null;
            lockVersion: number;
            createdAt: string;
            updatedAt: string;
            title: string | null;
            kind: string | null;
            category: string | null;
        };
        Playbook: {
            id: string;
            path: string;
            /** @enum {string} */
            status: "draft" | "pilot" | "active" | "retired";
            /** @description The latest published version */
            currentVersion: number | null;
            /** @description The version in use for everyone outside a pilot */
            activeVersion: number | null;
            lockVersion: number;
            createdAt: string;
            updatedAt: string;
            version: components["schemas"]["PlaybookVersion"];
            draft: {
                basedOnVersion: number | null;
                revision: number;
                updatedAt: string;
            } | null;
            pilot: components["schemas"]["Pilot"];
        };
        PlaybookVersion: {
            number: number;
            changelog: string;
            publishedBy: string | null;
            publishedAt: string;
            source?: string;
            templates?: {
                [key: string]: string;
            };
            /** @description The parsed playbook, defaults applied */
            playbook?: {
                [key: string]: unknown;
            };
        } | null;
        Pilot: {
            version: number;
            userIds: string[];
            startsOn: string;
            endsOn: string;
            updatedBy?: string | null;
            updatedAt?: string;
        } | null;
        PlaybookVersions: {
            versions: components["schemas"]["PlaybookVersion"][];
        };
        Draft: {
            playbookId: string;
            source: string;
            templates: {
                [key: string]: string;
            };
            basedOnVersion: number | null;
            revision: number;
            updatedBy: string | null;
            updatedAt: string | null;
            /** @description False when no draft is saved and this is the latest version to start from */
            saved: boolean;
        };
        DraftSaved: {
            draft: components["schemas"]["Draft"];
            problems: components["schemas"]["LintProblem"][];
            errorCount: number;
        };
        DraftInput: {
            source: string;
            /**
             * @description Template name → file text (front matter + Liquid)
             * @default {}
             */
            templates: {
                [key: string]: string;
            };
            /** @description The version this edit started from; default the latest */
            basedOnVersion?: number | null;
            /** @description The draft revision this edit started from; a save over a newer save is refused with 409 */
            revision?: number;
        };
        Published: {
            playbook: components["schemas"]["PlaybookState"];
            version: components["schemas"]["PlaybookVersion"];
            inFlight?: {
                /** @enum {string} */
                mode: "keep" | "migrate";
                /** @description Open plays moved to the new version */
                migrated: number;
            };
        };
        PlaybookState: {
            id: string;
            path: string;
            /** @enum {string} */
            status: "draft" | "pilot" | "active" | "retired";
            /** @description The latest published version */
            currentVersion: number | null;
            /** @description The version in use for everyone outside a pilot */
            activeVersion: number | null;
            lockVersion: number;
            createdAt: string;
            updatedAt: string;
        };
        PublishRequest: {
            changelog: string;
            /** @description The version your draft is based on (null for the first version); 409 stale_draft when someone published since */
            basedOnVersion: number | null;
            /**
             * @description On an active playbook, put the new version in use at once; false holds it back for a pilot
             * @default true
             */
            activate: boolean;
            /**
             * @description Open plays: keep them on their version (default), or migrate them to the new one (steps matched by id; new steps added, dropped ones cancelled)
             * @default keep
             * @enum {string}
             */
            inFlight: "keep" | "migrate";
        };
        RevertRequest: {
            version: number;
            changelog: string;
            basedOnVersion?: number;
        };
        StatusChange: {
            /** @enum {string} */
            status: "draft" | "pilot" | "active" | "retired";
            /** @description With status active: the version to put in use */
            version?: number;
        };
        PlaybookDiff: {
            from: number;
            to: number;
            fields: {
                field: string;
                before?: unknown;
                after?: unknown;
            }[];
            steps: {
                added: {
                    [key: string]: unknown;
                }[];
                removed: {
                    [key: string]: unknown;
                }[];
                changed: {
                    id: string;
                    title: string;
                    changes: {
                        field: string;
                        before?: unknown;
                        after?: unknown;
                    }[];
                }[];
                reordered?: {
                    before: string[];
                    after: string[];
                };
            };
            templates: {
                added: string[];
                removed: string[];
                changed: string[];
            };
            /** @description Unified diff of the YAML and the templates */
            text: string;
        };
        PilotInput: {
            version: number;
            userIds: string[];
            /** Format: date */
            startsOn: string;
            /** Format: date */
            endsOn: string;
        };
        FeedbackSaved: {
            version: number;
            rating: number;
            comment: string | null;
            at: string;
        };
        FeedbackInput: {
            rating: number;
            comment?: string | null;
        };
        FeedbackList: {
            versions: components["schemas"]["VersionFeedback"][];
        };
        VersionFeedback: {
            version: number;
            count: number;
            averageRating: number | null;
            entries: {
                userId: string;
                userName: string | null;
                rating: number;
                comment: string | null;
                at: string;
            }[];
        };
        SegmentList: {
            data: components["schemas"]["Segment"][];
        };
        Segment: {
            id: string;
            name: string;
            description: string | null;
            condition: string;
            createdBy: string | null;
            updatedAt: string;
            /** @description When membership was last recomputed */
            computedAt: string | null;
            /** @description Why the last recompute failed at run time; the previous members stay */
            lastError: string | null;
            members: number;
        };
        SegmentSaved: {
            segment: components["schemas"]["Segment"];
            recompute?: {
                added: number;
                removed: number;
                error?: string;
            };
        };
        SegmentCreate: {
            /**
             * @description What triggers (`segment:`) and conditions (`in_segment("…")`) call it
             * @example enterprise-high-touch
             */
            id: string;
            name: string;
            description?: string | null;
            /**
             * @description A condition in the condition language (docs/engine.md)
             * @example tier = "enterprise" and touch_model = "high"
             */
            condition: string;
        };
        SegmentUpdate: {
            name?: string;
            description?: string | null;
            /**
             * @description A condition in the condition language (docs/engine.md)
             * @example tier = "enterprise" and touch_model = "high"
             */
            condition?: string;
        };
        SegmentMemberPage: {
            data: components["schemas"]["SegmentMember"][];
            page: components["schemas"]["PageMeta"];
        };
        SegmentMember: {
            id: string;
            name: string;
            arr: number | null;
            tier: string | null;
            touchModel: string | null;
            lifecycle: string | null;
            ownerId: string | null;
        };
        SegmentRecomputed: {
            added: number;
            removed: number;
            error?: string;
            segment: components["schemas"]["Segment"];
        };
        Preview: {
            /** @description "condition", or the trigger kind of the playbook */
            kind: string;
            condition?: string;
            playbookId?: string;
            version?: number;
            total: number;
            accounts: {
                id: string;
                name: string;
                /** @description Signal text → its value for this account (as text) */
                values?: {
                    [key: string]: string | null;
                };
                detail?: {
                    [key: string]: unknown;
                };
            }[];
            /** @description Dry run of the next sweep for this playbook (only for the version in use) */
            nextSweep?: {
                started: number;
                control: number;
                skipped: number;
                decisions: components["schemas"]["SweepDecision"][];
            };
        };
        SweepDecision: {
            playbookId: string;
            version: number;
            kind: string;
            accountId: string;
            key: string;
            /** @enum {string} */
            outcome: "started" | "control" | "skipped";
            reason?: string;
            detail: {
                [key: string]: unknown;
            };
        };
        PreviewRequest: {
            /**
             * @description A condition in the condition language (docs/engine.md)
             * @example tier = "enterprise" and touch_model = "high"
             */
            condition?: string;
            playbookId?: string;
            /** @description With playbookId; default the version in use, else the latest */
            version?: number;
            /** @description A playbook's YAML as it is being edited (an unpublished draft): previews its trigger; 400 lint_failed when the file has errors */
            source?: string;
            /** @default 50 */
            limit: number;
            /** @default 0 */
            offset: number;
        };
        Explanation: {
            accountId: string;
            name: string;
            today: string;
            matches: boolean;
            tree: components["schemas"]["ExplainNode"];
        };
        ExplainNode: {
            text: string;
            result: boolean | number | string | null;
            values?: {
                [key: string]: unknown;
            };
            error?: string;
            children?: components["schemas"]["ExplainNode"][];
        };
        ExplainRequest: {
            /**
             * @description A condition in the condition language (docs/engine.md)
             * @example tier = "enterprise" and touch_model = "high"
             */
            condition: string;
            /** Format: uuid */
            accountId: string;
            /** @description An event's properties, to explain an event trigger's `where` (properties.<key>) */
            eventProperties?: {
                [key: string]: unknown;
            };
        };
        TriggerErrorPage: {
            data: components["schemas"]["TriggerError"][];
            page: components["schemas"]["PageMeta"];
        };
        TriggerError: {
            id: number;
            playbookId: string;
            version: number;
            triggerKind: string | null;
            message: string;
            occurredAt: string;
            lastOccurredAt: string;
            repeats: number;
            resolvedAt: string | null;
        };
        SweepResult: {
            today: string;
            triggers: number;
            candidates: number;
            started: number;
            control: number;
            skipped: number;
            errors: {
                playbookId: string;
                version: number;
                message: string;
            }[];
            ms: number;
            /** @description The first 200 decisions */
            decisions: components["schemas"]["SweepDecision"][];
        };
        SweepRequest: {
            playbookIds?: string[];
            accountIds?: string[];
            /** @default false */
            dryRun: boolean;
        };
        Worklist: {
            /** @enum {string} */
            view: "today" | "overdue" | "upcoming";
            today: string;
            userId: string | null;
            team: boolean;
            counts: {
                today: number;
                overdue: number;
                upcoming: number;
            };
            steps: components["schemas"]["PlayStep"][];
        };
        PlayStep: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            playId: string;
            /** @description The step's id in the playbook */
            stepId: string;
            position: number;
            /** @example email */
            kind: string;
            title: string;
            description: string | null;
            channel: string | null;
            /** @description Runbooks and scripts the step relies on */
            uses: string[];
            /** @enum {string} */
            state: "pending" | "open" | "snoozed" | "done" | "skipped" | "cancelled";
            ownerRole: string;
            ownerId: string | null;
            ownerName: string | null;
            /** @description How the owner was chosen: account_owner, owner_manager, executive_owner, role_setting, fallback_owner, fallback_admin, reassigned */
            ownerRule: string | null;
            dueOn: string | null;
            overdue: boolean;
            daysOverdue: number;
            snoozedUntil: string | null;
            openedAt: string | null;
            finishedAt: string | null;
            answer: string | null;
            outcome: string | null;
            notes: string | null;
            skipReason: string | null;
            checklist: {
                text: string;
                done: boolean;
            }[];
            /** @description The template filled in when the step opened */
            draft: {
                kind: string;
                subject: string | null;
                /** @description As rendered: HTML-escaped for email templates */
                body: string;
                /** @description Plain text, for copying */
                text: string;
                /** @description The champion's (else the sponsor's) email */
                to: string | null;
                mailto: string | null;
            } | null;
            /** @description Why the template could not be filled in (the play goes on) */
            renderError: string | null;
            decision: {
                question: string;
                answers: {
                    answer: string;
                    next: string;
                    nextTitle: string | null;
                }[];
            } | null;
            wait: {
                for: string | null;
                until: string | null;
                timeout: string | null;
                endsOn: string | null;
            } | null;
            action: {
                type: string;
                url?: string;
                tag?: string;
                field?: string;
                value?: string | number | boolean | null;
                to?: string;
                message?: string;
            } | null;
            result: {
                [key: string]: unknown;
            } | null;
            account: {
                /** Format: uuid */
                id: string;
                name: string;
                healthTier: string | null;
                healthScore: number | null;
                renewalDate: string | null;
            };
            play: {
                /** Format: uuid */
                id: string;
                playbookId: string;
                playbookTitle: string;
                version: number;
                startedOn: string;
                status: string;
                control: boolean;
            };
        };
        StepChange: {
            step: components["schemas"]["PlayStep"];
            /** @description Steps the change opened: what to show next */
            opened: components["schemas"]["PlayStep"][];
            play: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                status: "open" | "closed";
                /** @enum {string|null} */
                outcome: "success" | "failure" | "abandoned" | null;
                flowEnded: boolean;
            };
        };
        CompleteStep: {
            /** @example Customer agreed to a call */
            outcome?: string;
            notes?: string;
            /**
             * @description Required for a decision: one of its branches' answers
             * @example yes
             */
            answer?: string;
        };
        SkipStep: {
            reason: string;
            notes?: string;
        };
        SnoozeStep: {
            /**
             * Format: date
             * @description A day after today
             * @example 2026-12-01
             */
            until: string;
            notes?: string;
        };
        ReassignStep: {
            userId: string;
            notes?: string;
        };
        CancelStep: {
            reason?: string;
        };
        ChecklistItemChange: {
            done: boolean;
        };
        PlayDetail: {
            /** Format: uuid */
            id: string;
            playbookId: string;
            playbookTitle: string;
            playbookKind: string;
            version: number;
            /** Format: uuid */
            accountId: string;
            accountName: string;
            ownerId: string | null;
            /** @enum {string} */
            status: "open" | "closed";
            /** @description A held-out account: no steps, measured the same way */
            control: boolean;
            /** @enum {string|null} */
            outcome: "success" | "failure" | "abandoned" | null;
            outcomeReason: string | null;
            trigger: {
                kind: string;
                detail: {
                    [key: string]: unknown;
                };
                key: string | null;
            };
            priority: number;
            exclusiveGroup: string | null;
            startedOn: string;
            startedAt: string;
            /** @description Last day of the success window */
            successBy: string | null;
            success: {
                within: string;
                when: string;
                description: string | null;
            } | null;
            closedAt: string | null;
            closedBy: string | null;
            /** @description Open, no step left to work on: waiting for its success criteria */
            flowEnded: boolean;
            steps: components["schemas"]["PlayStep"][];
            milestones: {
                name: string;
                due: string;
                dueOn: string | null;
            }[];
            /** @description The audit trail: every transition of every step, oldest first */
            events: {
                id: number;
                /** Format: uuid */
                stepId: string;
                transition: string;
                fromState: string;
                toState: string;
                actorId: string | null;
                actorName: string | null;
                detail: {
                    [key: string]: unknown;
                };
                at: string;
            }[];
        };
        StartPlay: {
            /** @example usage-drop */
            playbookId: string;
            /** Format: uuid */
            accountId: string;
        };
        AbandonPlay: {
            reason: string;
        };
        PlayList: {
            data: components["schemas"]["Play"][];
        };
        Play: {
            /** Format: uuid */
            id: string;
            playbookId: string;
            playbookTitle: string;
            playbookKind: string;
            version: number;
            /** Format: uuid */
            accountId: string;
            accountName: string;
            ownerId: string | null;
            /** @enum {string} */
            status: "open" | "closed";
            /** @description A held-out account: no steps, measured the same way */
            control: boolean;
            /** @enum {string|null} */
            outcome: "success" | "failure" | "abandoned" | null;
            outcomeReason: string | null;
            trigger: {
                kind: string;
                detail: {
                    [key: string]: unknown;
                };
                key: string | null;
            };
            priority: number;
            exclusiveGroup: string | null;
            startedOn: string;
            startedAt: string;
            /** @description Last day of the success window */
            successBy: string | null;
            success: {
                within: string;
                when: string;
                description: string | null;
            } | null;
            closedAt: string | null;
            closedBy: string | null;
            /** @description Open, no step left to work on: waiting for its success criteria */
            flowEnded: boolean;
            steps: components["schemas"]["PlayStep"][];
        };
        PlaybookPlaysPage: {
            data: {
                /** Format: uuid */
                id: string;
                playbookId: string;
                playbookTitle: string;
                playbookKind: string;
                version: number;
                /** Format: uuid */
                accountId: string;
                accountName: string;
                ownerId: string | null;
                /** @enum {string} */
                status: "open" | "closed";
                /** @description A held-out account: no steps, measured the same way */
                control: boolean;
                /** @enum {string|null} */
                outcome: "success" | "failure" | "abandoned" | null;
                outcomeReason: string | null;
                trigger: {
                    kind: string;
                    detail: {
                        [key: string]: unknown;
                    };
                    key: string | null;
                };
                priority: number;
                exclusiveGroup: string | null;
                startedOn: string;
                startedAt: string;
                /** @description Last day of the success window */
                successBy: string | null;
                success: {
                    within: string;
                    when: string;
                    description: string | null;
                } | null;
                closedAt: string | null;
                closedBy: string | null;
                /** @description Step counts by state */
                steps: {
                    [key: string]: number;
                };
            }[];
            page: components["schemas"]["PageMeta"];
        };
        PlaybookOutcomes: {
            playbookId: string;
            versions: {
                version: number;
                treated: {
                    open: number;
                    success: number;
                    failure: number;
                    abandoned: number;
                    total: number;
                };
                control: {
                    open: number;
                    success: number;
                    failure: number;
                    abandoned: number;
                    total: number;
                };
            }[];
            all: {
                treated: {
                    open: number;
                    success: number;
                    failure: number;
                    abandoned: number;
                    total: number;
                };
                control: {
                    open: number;
                    success: number;
                    failure: number;
                    abandoned: number;
                    total: number;
                };
            };
        };
        NotificationList: {
            unread: number;
            data: {
                /** Format: uuid */
                id: string;
                kind: string;
                title: string;
                link: string | null;
                createdAt: string;
                readAt: string | null;
            }[];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
