/** A refusal with VCC's status and message. */
export class SimulatorError extends Error {
  constructor(
    readonly status: number,
    message: string
  ) {
    super(message);
  }
}
