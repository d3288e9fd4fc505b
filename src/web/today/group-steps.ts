import type { PlayStep } from './today-queries.ts';

export interface PlayGroup {
  play: PlayStep['play'];
  steps: PlayStep[];
}

export interface AccountGroup {
  account: PlayStep['account'];
  plays: PlayGroup[];
}

/**
 * Groups steps by account, then by play, keeping the worklist's order: an account sits where its
 * first (most urgent) step would, so the most pressing work stays at the top.
 */
export function groupSteps(steps: PlayStep[]): AccountGroup[] {
  const accounts = new Map<string, AccountGroup>();
  const plays = new Map<string, PlayGroup>();
  for (const step of steps) {
    let account = accounts.get(step.account.id);
    if (!account) {
      account = { account: step.account, plays: [] };
      accounts.set(step.account.id, account);
    }
    let play = plays.get(step.play.id);
    if (!play) {
      play = { play: step.play, steps: [] };
      plays.set(step.play.id, play);
      account.plays.push(play);
    }
    play.steps.push(step);
  }
  return [...accounts.values()];
}

/** The `today` view holds overdue steps too: they get their own section, first. */
export function splitDue(today: PlayStep[]): { overdue: PlayStep[]; dueToday: PlayStep[] } {
  return { overdue: today.filter((step) => step.overdue), dueToday: today.filter((step) => !step.overdue) };
}
