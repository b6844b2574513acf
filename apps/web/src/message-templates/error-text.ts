/** An API error as one line: the fields at fault when the server named them, else its message. */
export function errorText(error: {
  message: string;
  data?: { issues?: { path: string; message: string }[] | null } | null;
}) {
  const issues = error.data?.issues ?? [];
  return issues.length === 0 ? error.message : issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ');
}
