import { outboundAgent, type OutboundPolicy } from '@wayfarer/channels';
import {
  httpService,
  provideService,
  StepFailure,
  type HttpMethod,
  type HttpRequest,
  type HttpResponse,
  type HttpService,
  type ServiceProvider,
} from '@wayfarer/nodes/runtime';
import { request as undiciRequest } from 'undici';

const DEFAULT_TIMEOUT_MS = 10_000;
const readOnly: ReadonlySet<HttpMethod> = new Set(['GET', 'HEAD']);

export interface HttpProviderOptions {
  /** Which addresses may be called (WAYFARER_OUTBOUND_ALLOW's policy). */
  policy: OutboundPolicy;
  /** Only these methods go out; others fail the step for good (test runs send no writes). */
  methods?: readonly HttpMethod[];
}

function headersOf(request: HttpRequest, stepKey: string, method: HttpMethod): Record<string, string> {
  const headers: Record<string, string> = { ...request.headers };
  const key = request.idempotencyKey === undefined ? (readOnly.has(method) ? null : stepKey) : request.idempotencyKey;
  if (key !== null) headers['idempotency-key'] = key;
  if (request.json !== undefined) headers['content-type'] ??= 'application/json';
  return headers;
}

function flatHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}

/** `http` for one step: undici through the outbound policy's agent, the step's key as `Idempotency-Key`. */
export function httpProvider(options: HttpProviderOptions): ServiceProvider {
  const agent = outboundAgent(options.policy);
  const allowed = new Set(options.methods ?? ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE']);
  return provideService(httpService, ({ step }): HttpService => ({
    request: async (request) => {
      const method = request.method ?? 'GET';
      if (!allowed.has(method)) {
        throw new StepFailure('method_not_allowed', `${method} requests are not sent here (${request.url}).`, {
          retryable: false,
        });
      }
      const response = await undiciRequest(request.url, {
        method,
        dispatcher: agent,
        headers: headersOf(request, step.idempotencyKey, method),
        body: request.json === undefined ? request.body : JSON.stringify(request.json),
        signal: AbortSignal.timeout(request.timeoutMs ?? DEFAULT_TIMEOUT_MS),
      });
      const text = await response.body.text();
      const answer: HttpResponse = {
        status: response.statusCode,
        headers: flatHeaders(response.headers),
        text,
        json: () => JSON.parse(text) as unknown,
      };
      return answer;
    },
  }));
}
