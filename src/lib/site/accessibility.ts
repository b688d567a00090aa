// The accessibility statement's model (whom to tell about a problem, when it was prepared and
// reviewed) and the privacy page's (each council's published contact).
import { councils, partnership } from "../dataset/index.ts";
import {
  type AccessibilityStatement,
  accessibilityStatement,
  councilContacts,
  type StatementContact,
} from "../views/accessibility.ts";

export interface AccessibilityPage {
  partnershipName: string;
  statement: AccessibilityStatement;
}

export const accessibilityPage = (): AccessibilityPage => ({
  partnershipName: partnership.name,
  statement: accessibilityStatement(partnership, councils),
});

export const privacyPage = (): { contacts: StatementContact[] } => ({ contacts: councilContacts(councils) });
