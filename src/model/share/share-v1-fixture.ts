/**
 * A version 1 share link, made by the encoder as it was before version 2 (commit a36193c), kept
 * as a string so nothing here can drift with the current encoder: links sent before the header
 * travelled must still open. Used by the unit tests and the end-to-end test.
 *
 * It carries a pasted article ("Harbour wall vote delayed", four lines), shared by "Alice": a
 * yellow highlight on "delayed its vote" with the note "Third delay this year", and the claim
 * "The wall will not survive another storm" (elided in the link) judged Disputed.
 */
export const V1_SHARE_FRAGMENT =
  '#/share/1.fZHBSsQwEIZfZZjzsGwVtdubB0EEL9Jbt4fYjDbQTSSTdiki7IPoy-2TON0iWz14Cfwzf_78H3nHAYuM0GBRYULCexOfQx9hb7oOhpAYLHdmZPvfbuvLlqEJvW9c9zMEl2R2BQ9J9-3yus7KnsWacbX1x8PnFHBa7J0ePiSQPg5uYDAqWo4gKcQdHQ9fIMZZeDRjiPBgPMNTENGUO__qPHMUeIlhd3ryLUQNmuyTmvONgGhTu8Ka0Ct3hX8bI13mhGciZT9DqChbF-3MqUMnMLKJSFlNGrYkUe-yveZuaso1-xe7upZcKpHWVNWU0UWtJZN-0c3mKrvO8_WaULDA2841jB_f';

export const V1_SHARE_TEXT =
  'Harbour wall vote delayed\nThe council delayed its vote on the harbour wall on Tuesday.\n“The wall will not survive another storm,” said Mayor Jane Ross.\nEngineers from the port said the wall was sound.';
