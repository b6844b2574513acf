// What the server's logger never writes: credentials in headers and secret-named fields anywhere
// a log line might carry them (errors with a request body, config objects). Values are censored,
// keys kept, so a log still shows that a header was sent.
export const logRedaction = {
  paths: [
    'req.headers.authorization',
    'req.headers.cookie',
    'req.headers["x-csrf-token"]',
    'res.headers["set-cookie"]',
    '*.password',
    '*.pass',
    '*.token',
    '*.secret',
    '*.secretValue',
    '*.apiKey',
    '*.channelAccessToken',
    '*.channelSecret',
    '*.authToken',
    '*.signingSecret',
    '*.*.pass',
  ],
  censor: '[redacted]',
};
