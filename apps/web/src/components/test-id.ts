/** `data-testid` for props objects (antd's okButtonProps, fieldProps …), where JSX's hyphen exemption does not reach. */
export const testId = (id: string) => ({ 'data-testid': id });
