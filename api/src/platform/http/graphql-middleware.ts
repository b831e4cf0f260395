import {
  type ApolloServer,
  type BaseContext,
  type ContextFunction,
  HeaderMap,
} from '@apollo/server';
import type { Request, Response } from 'express';

/**
 * Apollo Server on Express, as `@as-integrations/express5` does it, with the per-request costs of
 * `{ __typename }` trimmed: the query string is cut from the URL instead of parsed by the legacy
 * `url.parse`, and a complete answer to a POST is ended as is. `res.send` would hash it for an
 * ETag (a POST is never revalidated) and turn it into a Buffer, which Node then writes apart from
 * the headers. GET answers still go through `res.send` (ETag, 304 when fresh).
 */
export function graphqlMiddleware<TContext extends BaseContext>(
  server: ApolloServer<TContext>,
  context: ContextFunction<[{ req: Request; res: Response }], TContext>,
): (req: Request, res: Response) => Promise<void> {
  server.assertStarted('graphqlMiddleware()');
  return async (req, res) => {
    const headers = new HeaderMap();
    for (const key in req.headers) {
      const value = req.headers[key];
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const query = req.url.indexOf('?');
    const response = await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: req.method.toUpperCase(),
        headers,
        search: query === -1 ? '' : req.url.slice(query),
        body: req.body as unknown,
      },
      context: () => context({ req, res }),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      const body = response.body.string;
      if (req.method !== 'POST') res.send(body);
      else {
        // Set here: compression writes the headers before Node would count the body (chunked).
        res.setHeader('Content-Length', Buffer.byteLength(body));
        res.end(body);
      }
      return;
    }
    for await (const chunk of response.body.asyncIterator) {
      res.write(chunk);
      // Compression buffers; an incremental answer is flushed part by part.
      (res as Response & { flush?: () => void }).flush?.();
    }
    res.end();
  };
}
