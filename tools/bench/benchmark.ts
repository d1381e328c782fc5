/** A benchmark prints figures as `NAME value unit` lines; its name is the prefix of every figure it reports. */
export interface Benchmark {
  readonly name: string;
  run(report: (figure: string, value: number, unit: string) => void): Promise<void>;
}
