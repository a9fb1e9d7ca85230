/** Where the client signs, in PDF points from the page's bottom-left corner. */
export interface SignatureBox {
  pageIndex: number;
  x: number;
  y: number;
  width: number;
  height: number;
}
