const FOOTER_MARKERS = [/salesforce\.com, inc\. all rights reserved/i, /^confidential information - do not distribute$/i];

/**
 * Salesforce report exports end with a footer of one-cell rows: the report name, "Grand Totals",
 * a copyright line, "Confidential Information - Do Not Distribute", who generated it. One-cell rows
 * are held back until it is clear whether they start such a footer (dropped) or are just short
 * rows (passed on, to be rejected like any other).
 */
export class ReportFooter<R extends { cells: string[] }> {
  private readonly columns: number;
  private held: R[] = [];
  private inFooter = false;

  constructor(columns: number) {
    this.columns = columns;
  }

  push(record: R): R[] {
    if (this.columns > 1 && record.cells.length === 1) {
      if (this.inFooter) return [];
      if (FOOTER_MARKERS.some((m) => m.test(record.cells[0]!.trim()))) {
        this.inFooter = true;
        this.held = [];
        return [];
      }
      this.held.push(record);
      return [];
    }
    this.inFooter = false;
    const ready = [...this.held, record];
    this.held = [];
    return ready;
  }

  end(): R[] {
    const ready = this.held;
    this.held = [];
    return ready;
  }
}
