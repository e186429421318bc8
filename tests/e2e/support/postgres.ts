/** PostgreSQL for the scale-out tests: skip or fail, ports, and the throwaway helpers. */
export {
  ThrowawayCluster,
  createScratchDatabase,
  postgresInstalled,
} from '../../../scripts/postgres-throwaway';

/** npm test sets REQUIRE_POSTGRES: there a missing PostgreSQL fails these tests instead of skipping them. */
export const postgresRequired = Boolean(process.env.REQUIRE_POSTGRES);

/**
 * A port for a server a test starts: E2E_PORT plus an offset, so parallel runs stay apart; or
 * E2E_EXTRA_PORT_BASE plus the offset, when the ports after E2E_PORT belong to someone else.
 */
export const e2ePort = (offset: number) =>
  Number(process.env.E2E_EXTRA_PORT_BASE ?? process.env.E2E_PORT ?? 3210) + offset;
