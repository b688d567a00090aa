// Every shared component's examples, for the snapshot test and the axe test.
import ColumnsTable from "./ColumnsTable.examples.ts";
import ContractTable from "./ContractTable.examples.ts";
import CouncilContacts from "./CouncilContacts.examples.ts";
import type { ComponentExamples } from "./examples.ts";
import FlagItem from "./FlagItem.examples.ts";
import FlagList from "./FlagList.examples.ts";
import LargestSuppliers from "./LargestSuppliers.examples.ts";
import LetterNav from "./LetterNav.examples.ts";
import PageNav from "./PageNav.examples.ts";
import SearchBox from "./SearchBox.examples.ts";
import SearchTags from "./SearchTags.examples.ts";
import SiteNav from "./SiteNav.examples.ts";
import SourceRef from "./SourceRef.examples.ts";
import SupplierTable from "./SupplierTable.examples.ts";
import TableRegion from "./TableRegion.examples.ts";
import YearMatrix from "./YearMatrix.examples.ts";

export const ALL_EXAMPLES: ComponentExamples[] = [
  ColumnsTable,
  ContractTable,
  CouncilContacts,
  FlagItem,
  FlagList,
  LargestSuppliers,
  LetterNav,
  PageNav,
  SearchBox,
  SearchTags,
  SiteNav,
  SourceRef,
  SupplierTable,
  TableRegion,
  YearMatrix,
];
