// CouncilContacts: each council's contact for the accessibility statement.
import CouncilContacts from "../../src/components/CouncilContacts.astro";
import { examplesOf, HOSTILE } from "./examples.ts";

export default examplesOf("CouncilContacts", CouncilContacts, {
  "email-and-website": {
    props: {
      contacts: [
        { name: "Alpha Council", email: "access@alpha.example", website: "https://alpha.example/" },
        { name: "Beta Council", email: "foi@beta.example" },
        { name: "Gamma Council", website: "https://gamma.example/" },
        { name: "Delta Council" },
      ],
    },
  },
  "no-contacts": { props: { contacts: [{ name: "Delta Council" }] } },
  "hostile-text": {
    props: { contacts: [{ name: HOSTILE, email: HOSTILE, website: `https://x.example/${HOSTILE}` }] },
  },
});
