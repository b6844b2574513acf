// The part of jStat (a CommonJS module without its own types) this package uses.
declare module 'jstat' {
  interface BetaDistribution {
    pdf(x: number, alpha: number, beta: number): number;
    cdf(x: number, alpha: number, beta: number): number;
    inv(p: number, alpha: number, beta: number): number;
  }
  interface NormalDistribution {
    inv(p: number, mean: number, sd: number): number;
  }
  const jStat: { beta: BetaDistribution; normal: NormalDistribution; betaln(a: number, b: number): number };
  export default jStat;
}
