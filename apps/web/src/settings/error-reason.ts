// What a failed save says to the user: the fields the server named, else its message.
interface ApiIssue {
  path: string;
  message: string;
}

export function errorReason(error: { message: string; data?: unknown } | null): string | null {
  if (!error) return null;
  const data = error.data as { issues?: ApiIssue[] | null } | undefined;
  const issues = data?.issues ?? [];
  if (issues.length === 0) return error.message;
  return issues.map((issue) => `${issue.path || '(root)'}: ${issue.message}`).join('; ');
}
